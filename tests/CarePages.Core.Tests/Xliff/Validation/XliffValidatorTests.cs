using System.Text;
using CarePages.Core.Xliff;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

public sealed class XliffValidatorTests
{
    private const string Xliff12File = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file original="node/1234" source-language="en-GB" target-language="fr-FR" datatype="html">
            <body>
              <trans-unit id="title"><source>Ketamine treatment</source><target state="new"/></trans-unit>
            </body>
          </file>
        </xliff>
        """;

    private const string Xliff21File = """
        <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-GB" trgLang="fr-FR">
          <file id="f1"><unit id="title"><segment><source>Ketamine treatment</source><target>Traitement par kétamine</target></segment></unit></file>
        </xliff>
        """;

    [Fact]
    public void Validate_SampleClinicExportedAsXliff12_Valid()
    {
        using var stream = new MemoryStream();
        Xliff12Writer.Write(XliffTestJobs.SampleClinicJob(withExistingTargets: true), stream);
        stream.Position = 0;

        var report = new XliffValidator().Validate(stream);

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Faults.Select(f => f.Message)));
        Assert.Equal(XliffVersion.Xliff12, report.Version);
        Assert.Equal("1.2", report.VersionNumber);
    }

    [Fact]
    public void Validate_Xliff12FileWithoutDatatype_RejectedNamingTheAttribute()
    {
        var report = Validate(Xliff12File.Replace(" datatype=\"html\"", string.Empty, StringComparison.Ordinal));

        var fault = Assert.Single(report.Faults);
        Assert.Equal(XliffValidationCodes.Schema, fault.Code);
        Assert.Contains("datatype", fault.Message, StringComparison.Ordinal);
        Assert.Equal(3, fault.Line);
    }

    [Fact]
    public void Validate_Xliff21WithTarget_ValidAsVersion21()
    {
        var report = Validate(Xliff21File);

        Assert.True(report.IsValid);
        Assert.Equal(XliffVersion.Xliff21, report.Version);
    }

    [Fact]
    public void Validate_RootInUnknownNamespace_RejectedAsNotXliff()
    {
        var report = Validate(Xliff21File.Replace("urn:oasis:names:tc:xliff:document:2.0", "urn:example:not-xliff", StringComparison.Ordinal));

        Assert.Null(report.Version);
        var fault = Assert.Single(report.Faults);
        Assert.Equal(XliffValidationCodes.Root, fault.Code);
        Assert.Contains("urn:example:not-xliff", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Version22InThe20Namespace_RejectedNamingTheExpectedVersions()
    {
        var report = Validate(Xliff21File.Replace("version=\"2.1\"", "version=\"2.2\"", StringComparison.Ordinal));

        Assert.Null(report.Version);
        Assert.Contains("\"2.0\" or \"2.1\"", Assert.Single(report.Faults).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TargetLanguageNotWellFormed_Rejected()
    {
        var report = Validate(Xliff21File.Replace("trgLang=\"fr-FR\"", "trgLang=\"fr-FRANCE-x\"", StringComparison.Ordinal));

        Assert.False(report.IsValid);
        Assert.Contains(report.Faults, f => f.Code is "bcp47" or XliffValidationCodes.Schema);
    }

    [Fact]
    public void Validate_FileOverTheLimit_RefusedBeforeParsing()
    {
        var validator = new XliffValidator(new XliffValidationOptions { MaxFileBytes = 100 });

        var report = validator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(Xliff21File)));

        Assert.Equal(XliffValidationStatus.FileTooLarge, report.Status);
        Assert.False(report.IsValid);
        Assert.Contains("100", Assert.Single(report.Faults).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntityExpansionDoctype_Refused()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en"><file id="f1"><unit id="u"><segment><source>&b;</source></segment></unit></file></xliff>
            """;

        var report = Validate(bomb);

        Assert.Equal(XliffValidationStatus.DtdNotAllowed, report.Status);
        Assert.Equal(XliffValidationCodes.Xml, Assert.Single(report.Faults).Code);
    }

    [Fact]
    public void Validate_NotWellFormed_ReportsWhereTheParserStopped()
    {
        var report = Validate("<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n  <file id=\"f1\">\n</xliff>");

        Assert.Equal(XliffValidationStatus.NotWellFormed, report.Status);
        Assert.Equal(3, Assert.Single(report.Faults).Line);
    }

    [Fact]
    public void ValidateFile_MissingFile_Unreadable()
    {
        var report = new XliffValidator().ValidateFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".xlf"));

        Assert.Equal(XliffValidationStatus.Unreadable, report.Status);
        Assert.False(report.IsValid);
    }

    private static XliffValidationReport Validate(string xml) => new XliffValidator().Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
}
