namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 Glossary module: a glossEntry has a translation or a definition; glossEntry and translation ids are
/// unique in their glossary; a ref points to a span of text in the glossary's unit.
/// </summary>
public sealed class GlossaryRuleTests
{
    private const string Gls = "xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\"";

    private const string Segment = "<segment><source>Press the <mrk id=\"m1\" type=\"term\">TAB key</mrk>.</source><target>Pulse la <mrk id=\"m1\" type=\"term\">tecla TAB</mrk>.</target></segment>";

    [Theory]
    [InlineData("<gls:glossEntry><gls:term>TAB key</gls:term></gls:glossEntry>")]
    [InlineData("<gls:glossEntry id=\"e1\"><gls:term>TAB key</gls:term><gls:translation id=\"e1\">tabulador</gls:translation></gls:glossEntry>")]
    [InlineData("<gls:glossEntry id=\"e1\"><gls:term>a</gls:term><gls:definition>b</gls:definition></gls:glossEntry><gls:glossEntry><gls:term>c</gls:term><gls:translation id=\"e1\">d</gls:translation></gls:glossEntry>")]
    [InlineData("<gls:glossEntry ref=\"#m7\"><gls:term>TAB key</gls:term><gls:definition>A key.</gls:definition></gls:glossEntry>")]
    [InlineData("<gls:glossEntry><gls:term>TAB key</gls:term><gls:translation ref=\"#t=m7\">tecla TAB</gls:translation></gls:glossEntry>")]
    [InlineData("<gls:glossEntry ref=\"#/f=f1/u=u9/m1\"><gls:term>TAB key</gls:term><gls:definition>A key.</gls:definition></gls:glossEntry>")]
    public void Validate_GlossaryBreakingAConstraint_GlossaryFault(string entries)
    {
        var report = Xliff2Snippet.ValidateUnit($"<gls:glossary {Gls}>{entries}</gls:glossary>{Segment}");

        Assert.Equal("glossary", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<gls:glossEntry id=\"e1\" ref=\"#m1\"><gls:term>TAB key</gls:term><gls:translation id=\"e2\" ref=\"#t=m1\">tecla TAB</gls:translation></gls:glossEntry>")]
    [InlineData("<gls:glossEntry><gls:term>TAB key</gls:term><gls:definition>A key.</gls:definition></gls:glossEntry>")]
    [InlineData("<gls:glossEntry ref=\"#/f=f1/u=u1/m1\"><gls:term>TAB key</gls:term><gls:translation>tabulador</gls:translation></gls:glossEntry>")]
    [InlineData("<gls:glossEntry ref=\"https://example.com/terms#tab\"><gls:term>TAB key</gls:term><gls:translation>tabulador</gls:translation></gls:glossEntry>")]
    public void Validate_GlossaryMeetingTheConstraints_Valid(string entries)
    {
        var report = Xliff2Snippet.ValidateUnit($"<gls:glossary {Gls}>{entries}</gls:glossary>{Segment}");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_SameIdInTwoGlossaries_Valid()
    {
        var entry = "<gls:glossEntry id=\"e1\"><gls:term>a</gls:term><gls:translation>b</gls:translation></gls:glossEntry>";
        var report = Xliff2Snippet.ValidateFile(
            $"<unit id=\"u1\"><gls:glossary {Gls}>{entry}</gls:glossary><segment><source>a</source></segment></unit>"
            + $"<unit id=\"u2\"><gls:glossary {Gls}>{entry}</gls:glossary><segment><source>a</source></segment></unit>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
