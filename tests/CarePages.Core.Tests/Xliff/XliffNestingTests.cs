using System.Text;
using CarePages.Core.Xliff;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff;

/// <summary>
/// Deeply nested uploads: schema validation and the target readers walk the tree recursively, and a stack overflow ends
/// the process (the whole site), so such files must be refused before the tree is built.
/// </summary>
public sealed class XliffNestingTests
{
    private const string CopiedTitle = ">Ketamine treatment</target>";

    [Fact]
    public void Import_Xliff12TargetWith15000NestedMrk_RefusedBeforeTheTreeIsBuilt()
    {
        var job = XliffTestJobs.OnePage("<p>Hello</p>");
        var xliff = Xliff12Writer.WriteToString(job).Replace(CopiedTitle, ">" + Nested("<mrk mtype=\"x-deep\">", "</mrk>", 15_000) + "</target>", StringComparison.Ordinal);

        XliffAssert.Refused(Xliff12Importer.Import(xliff, job), XliffImportStatus.NestingTooDeep, "nested more than 256 deep");
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Import_Xliff2TargetWith20000NestedPc_RefusedBeforeTheTreeIsBuilt(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage("<p>Hello</p>");
        var xliff = Xliff2TestFiles.Write(job, version).Replace(CopiedTitle, ">" + NestedNumbered("<pc id=\"p{0}\">", "</pc>", 20_000) + "</target>", StringComparison.Ordinal);

        XliffAssert.Refused(Xliff2Importer.Import(xliff, job), XliffImportStatus.NestingTooDeep, "nested more than 256 deep");
    }

    [Fact]
    public void Validate_50000NestedElements_IsNotCheckedAndSaysWhy()
    {
        var xliff = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\"><file id=\"f\"><unit id=\"u\"><segment><source>"
            + NestedNumbered("<pc id=\"p{0}\">", "</pc>", 50_000) + "</source></segment></unit></file></xliff>";

        var report = new XliffValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xliff)));

        Assert.Equal(XliffValidationStatus.NestingTooDeep, report.Status);
        Assert.Contains("nested more than 256 deep", Assert.Single(report.Faults).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TargetNestedAsDeepAsAnEditorWould_IsStillRead()
    {
        var job = XliffTestJobs.OnePage("<p>Hello</p>");
        var xliff = Xliff12Writer.WriteToString(job).Replace(CopiedTitle, ">" + Nested("<mrk mtype=\"x-deep\">", "</mrk>", 20) + "</target>", StringComparison.Ordinal);

        Assert.NotEqual(XliffImportStatus.NestingTooDeep, Xliff12Importer.Import(xliff, job).Status);
    }

    private static string Nested(string open, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth));

    private static string NestedNumbered(string open, string close, int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, open, i))) + "x" + string.Concat(Enumerable.Repeat(close, depth));
}
