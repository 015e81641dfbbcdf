using CarePages.Core.Xliff;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>For invalid OASIS files, the first fault names the problem the file was made to show, where it is.</summary>
public sealed class XliffValidatorSuiteFaultTests
{
    [Theory]
    [InlineData("xliff-21/invalid/bad_NoTrgLang.xlf", "trglang", "trgLang", 7)]
    [InlineData("xliff-21/invalid/bad_DataIdNotUnique.xlf", "unique-ids", "\"d1twice\"", 7)]
    [InlineData("xliff-21/invalid/bad_DuplicateNoteIdsInGroup.xlf", "unique-ids", "<note id=\"n1\">", 15)]
    [InlineData("xliff-21/invalid/bad_EcBeforeSc.xlf", "sc-ec", "comes before its <sc id=\"1\">", 6)]
    [InlineData("xliff-21/invalid/bad_UnknownDataRefEndValue.xlf", "data-refs", "dataRefEnd=\"badId\"", 10)]
    [InlineData("xliff-21/invalid/bad_InvalidXmlLangOnGroup.xlf", "content-lang", "inherited from <group id=\"g1\">", 7)]
    [InlineData("xliff-21/invalid/bad_WrongTargetLang.xlf", "content-lang", "xml:lang=\"de\"", 7)]
    [InlineData("xliff-21/invalid/bad_MissingNonRemovable1.xlf", "can-delete", "<ph id=\"4\">", 19)]
    [InlineData("xliff-21/invalid/bad_InvalidFragIdUnknownPrefix.xlf", "fragment-id", "prefix \"my\"", 8)]
    [InlineData("xliff-21/invalid/bad_UnitWithoutSegment.xlf", "unit-segment", "no <segment>", 4)]
    [InlineData("xliff-21/invalid/bad_GroupWithoutId.xlf", "schema", "'id'", 4)]
    [InlineData("xliff-22/invalid/bad_InvalidHexRangeOnCp.xlf", "cp", "U+00A0", 6)]
    [InlineData("xliff-22/invalid/bad_CopyOfWithNoCopyReference.xlf", "copy-of", "canCopy=\"no\"", 10)]
    [InlineData("xliff-22/invalid/bad_DifferentCanReorderInScAndEc.xlf", "reorder-sequence", "<sc id=\"1\"> has canReorder=\"no\" but is the first code", 6)]
    [InlineData("xliff-22/invalid/bad_InvalidLoneEm.xlf", "sm-em", "<em startRef=\"m1\">", 6)]
    [InlineData("xliff-22/invalid/bad_InvalidFSAttribute.xlf", "module-names", "\"Bad\"", 5)]
    [InlineData("xliff-22/invalid/bad_InvalidExtensionAttributeOnPc.xlf", "code-attributes", "badAttr", 9)]
    [InlineData("xliff-22/invalid/bad_RefAndValueInComment.xlf", "comment", "both", 6)]
    [InlineData("xliff-22/invalid/bad_WrongReordering2.xlf", "can-reorder", "<ph id=\"2\">", 13)]
    [InlineData("xliff-22/invalid/bad_SubTypeWithoutType.xlf", "subtype", "no type", 6)]
    public void ValidateFile_InvalidOasisFile_FirstFaultNamesTheProblem(string name, string code, string mentions, int line)
    {
        var report = OasisSuiteFiles.Validate(name);

        var first = report.Faults[0];
        Assert.Equal(code, first.Code);
        Assert.Contains(mentions, first.Message, StringComparison.Ordinal);
        Assert.Equal(line, first.Line);
        Assert.True(first.Position > 0);
    }

    [Theory]
    [InlineData("xliff-21/valid/everything-core.xlf", XliffVersion.Xliff20)]
    [InlineData("xliff-22/valid/everything-core.xlf", XliffVersion.Xliff22)]
    public void ValidateFile_ValidOasisFile_ReportsItsVersion(string name, XliffVersion version)
    {
        var report = OasisSuiteFiles.Validate(name);

        Assert.Equal(version, report.Version);
        Assert.Empty(report.Faults);
    }

    [Theory]
    [InlineData("xliff-21/valid/withTBXExtension.xlf")]
    [InlineData("xliff-22/valid/withTBXExtension.xlf")]
    public void ValidateFile_TbxPrefixWithoutOptions_Valid(string name)
    {
        var report = new XliffValidator().ValidateFile(OasisSuiteFiles.PathOf(name));

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Faults.Select(f => f.Message)));
    }

    [Fact]
    public void Validate_UnregisteredPrefixGivenAsOption_Accepted()
    {
        var xml = """
            <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en">
              <file id="f1"><unit id="u1"><segment><source><mrk id="m1" type="term" ref="#/f=f1/xyz=t1">A</mrk></source></segment></unit></file>
            </xliff>
            """;

        var withoutOption = new XliffValidator().Validate(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));
        var withOption = new XliffValidator(new XliffValidationOptions { FragmentPrefixes = ["xyz"] }).Validate(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));

        Assert.Equal("fragment-id", Assert.Single(withoutOption.Faults).Code);
        Assert.True(withOption.IsValid);
    }
}
