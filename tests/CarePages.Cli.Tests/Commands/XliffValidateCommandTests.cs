using System.Text;
using System.Text.Json;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

public class XliffValidateCommandTests
{
    private const string Valid21 = """
        <xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-GB" trgLang="es-ES">
          <file id="f1"><unit id="title"><segment><source>Ketamine treatment</source><target>Tratamiento con ketamina</target></segment></unit></file>
        </xliff>
        """;

    [Fact]
    public void XliffValidate_OasisValidFile_ExitsZeroAndSaysVersionAndValid()
    {
        var result = CliRunner.Run("xliff", "validate", Path.Combine(SharedStandards.Xliff, "xliff-22", "test-suite", "core", "valid", "sample1.xlf"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("XLIFF 2.2 valid", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Theory]
    [InlineData("xliff-21")]
    [InlineData("xliff-22")]
    public void XliffValidate_TbxExtensionWithoutOptions_ExitsZero(string suite)
    {
        var result = CliRunner.Run("xliff", "validate", Path.Combine(SharedStandards.Xliff, suite, "test-suite", "core", "valid", "withTBXExtension.xlf"));

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void XliffValidate_ExtensionPrefixOnlyWithPrefixOption_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("ext.xlf", Valid21.Replace("<source>Ketamine treatment</source>", "<source><mrk id=\"m1\" type=\"term\" ref=\"#/f=f1/xyz=t1\">Ketamine</mrk></source>", StringComparison.Ordinal));

        var without = folder.Run("xliff", "validate", "ext.xlf");
        var with = folder.Run("xliff", "validate", "ext.xlf", "--prefix", "xyz");

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("[fragment-id]", without.Output, StringComparison.Ordinal);
        Assert.Equal(0, with.ExitCode);
    }

    [Fact]
    public void XliffValidate_TargetWithoutTrgLang_ExitsOneWithLineColumnAndReason()
    {
        using var folder = new TempFolder();
        folder.Write("no-trglang.xlf", Valid21.Replace(" trgLang=\"es-ES\"", string.Empty, StringComparison.Ordinal));

        var result = folder.Run("xliff", "validate", "no-trglang.xlf");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("no-trglang.xlf: XLIFF 2.1 invalid, 1 fault", lines[0]);
        Assert.StartsWith("  2:", lines[1], StringComparison.Ordinal);
        Assert.Contains("[trglang]", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void XliffValidate_TwelveFaults_ListsTenAndCountsTheRest()
    {
        using var folder = new TempFolder();
        var units = string.Concat(Enumerable.Repeat("<unit id=\"u1\"><segment><source>Text</source></segment></unit>\n", 13));
        folder.Write("dup.xlf", $"<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\"><file id=\"f1\">\n{units}</file></xliff>");

        var result = folder.Run("xliff", "validate", "dup.xlf");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dup.xlf: XLIFF 2.0 invalid, 12 faults", lines[0]);
        Assert.Equal(10, lines.Count(l => l.Contains("[unique-ids]", StringComparison.Ordinal)));
        Assert.Equal("  … and 2 more", lines[^1]);
    }

    [Theory]
    [InlineData("ar", "dup.xlf: ملف XLIFF 2.0 غير صالح، 12 خطأً", "  … وخطآن آخران")]
    [InlineData("fr", "dup.xlf : XLIFF 2.0 non valide, 12 erreurs", "  … et 2 autres")]
    public void XliffValidate_TwelveFaultsWithUiCulture_VerdictAndCountInThatLanguage(string uiCulture, string verdict, string more)
    {
        using var folder = new TempFolder();
        var units = string.Concat(Enumerable.Repeat("<unit id=\"u1\"><segment><source>Text</source></segment></unit>\n", 13));
        folder.Write("dup.xlf", $"<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\"><file id=\"f1\">\n{units}</file></xliff>");

        var lines = folder.Run("xliff", "validate", "dup.xlf", "--ui-culture", uiCulture).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(verdict, lines[0]);
        Assert.Equal(more, lines[^1]);
    }

    [Fact]
    public void XliffValidate_JsonFormat_GivesEveryFaultWithLineAndColumn()
    {
        var result = CliRunner.Run("xliff", "validate", Path.Combine(SharedStandards.Xliff, "xliff-21", "test-suite", "core", "invalid", "bad_EcBeforeSc.xlf"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.False(root.GetProperty("valid").GetBoolean());
        var first = root.GetProperty("faults")[0];
        Assert.Equal("sc-ec", first.GetProperty("code").GetString());
        Assert.Equal(6, first.GetProperty("line").GetInt32());
        Assert.True(first.GetProperty("column").GetInt32() > 0);
        Assert.Equal(root.GetProperty("faultCount").GetInt32(), root.GetProperty("faults").GetArrayLength());
    }

    [Fact]
    public void XliffValidate_XmlThatIsNotXliff_ExitsOneNamingTheRoot()
    {
        using var folder = new TempFolder();
        folder.Write("page.xml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");

        var result = folder.Run("xliff", "validate", "page.xml");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("page.xml: not XLIFF 1.2, 2.0, 2.1 or 2.2, 1 fault", result.Output, StringComparison.Ordinal);
        Assert.Contains("[root]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void XliffValidate_NotXml_ExitsTwoWithOneLine()
    {
        using var folder = new TempFolder();
        folder.Write("notes.xlf", "Translator notes: please keep the phone numbers.");

        var result = folder.Run("xliff", "validate", "notes.xlf");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.StartsWith("carepages: notes.xlf: The file is not well-formed XML", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void XliffValidate_DoctypeWithEntities_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("bomb.xlf", Encoding.UTF8.GetBytes("<!DOCTYPE xliff [<!ENTITY a \"aaaa\">]><xliff>&a;</xliff>"));

        var result = folder.Run("xliff", "validate", "bomb.xlf");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("DOCTYPE", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void XliffValidate_DoctypeWithUiCultureAr_RefusalIsInArabicAndNamesTheLine()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("bomb.xlf", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY a \"aaaa\">]><xliff>&a;</xliff>"));

        var result = folder.Run("xliff", "validate", "bomb.xlf", "--ui-culture", "ar");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("carepages: bomb.xlf: يحتوي الملف على تعريف DOCTYPE؛", line, StringComparison.Ordinal);
        Assert.Contains("احذف تعريف DOCTYPE (السطر 2)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void XliffValidate_MissingFile_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = folder.Run("xliff", "validate", "missing.xlf");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("carepages: missing.xlf: no such file.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void XliffValidate_UnknownFormat_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("ok.xlf", Valid21);

        var result = folder.Run("xliff", "validate", "ok.xlf", "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public void Xliff_NoSubcommand_ExitsTwo()
    {
        var result = CliRunner.Run("xliff");

        Assert.Equal(2, result.ExitCode);
    }
}
