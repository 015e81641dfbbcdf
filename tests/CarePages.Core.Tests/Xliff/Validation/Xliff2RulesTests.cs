using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>Processing requirements the OASIS suites do not show on their own, each on a one-unit 2.1 file.</summary>
public sealed class Xliff2RulesTests
{
    [Theory]
    [InlineData("<segment><source>A</source><target order=\"3\">A</target></segment><segment><source>B</source></segment>", "order")]
    [InlineData("<segment><source><ph id=\"1\" type=\"fmt\" subType=\"xlf:br\"/></source></segment>", "subtype")]
    [InlineData("<segment state=\"translated\" subState=\"reviewed\"><source>A</source><target>A</target></segment>", "substate")]
    [InlineData("<segment><source><mrk id=\"m1\" type=\"term\" ref=\"#/f=f1/u=u1/xy=1\">A</mrk></source></segment>", "fragment-id")]
    [InlineData("<segment><source><sc id=\"1\"/>A<ec startRef=\"1\"/></source><target><sc id=\"1\"/>A</target></segment>", "sc-ec")]
    [InlineData("<segment><source><ph id=\"1\"/></source><target><pc id=\"1\">A</pc></target></segment>", "unique-ids")]
    [InlineData("<segment><source xml:lang=\"fr\">A</source></segment>", "content-lang")]
    public void Validate_UnitBreakingARequirement_FirstFaultFromThatRule(string unitContent, string code)
    {
        var report = Validate(unitContent);

        Assert.Equal(XliffValidationStatus.Checked, report.Status);
        Assert.Equal(code, Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<segment><source xml:lang=\"en-IE\">A</source><target xml:lang=\"es-ES\">A</target></segment>")]
    [InlineData("<segment><source><sc id=\"1\"/>A<ec startRef=\"1\"/></source><target><sc id=\"1\"/>A<ec startRef=\"1\"/></target></segment>")]
    [InlineData("<segment><source><ph id=\"1\" canDelete=\"no\"/>A</source><target>A<ph id=\"1\" canDelete=\"no\"/></target></segment>")]
    [InlineData("<notes><note id=\"n1\">Check the dose</note></notes><segment><source><mrk id=\"m1\" type=\"comment\" ref=\"#/f=f1/u=u1/n=n1\">A</mrk></source></segment>")]
    [InlineData("<segment><source><mrk id=\"m1\" type=\"term\" ref=\"#/f=f1/tbx=t44\">A</mrk></source></segment>")]
    public void Validate_UnitMeetingTheRequirements_Valid(string unitContent)
    {
        var report = Validate(unitContent);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    private static XliffValidationReport Validate(string unitContent) => Xliff2Snippet.ValidateUnit(unitContent);
}
