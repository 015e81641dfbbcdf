using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

/// <summary><c>carepages check</c>: exit codes, how files are classified, folders, and the options a CI user sets.</summary>
public class CheckCommandTests
{
    [Fact]
    public void Check_CleanFragment_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("clean.html", Content.CleanFragment);

        var result = folder.Run("check", "clean.html", "--culture", "en-GB");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file checked: no findings.", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_ImageWithoutAlt_ExitsOneWithTheBlockingFinding()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var result = folder.Run("check", "fragment.html", "--culture", "en-GB");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("[block] image-alt-missing", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_WarningOnly_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);
        folder.Write("appsettings.json", """{ "CarePages": { "Checks": { "Rules": { "image-alt-missing": { "Severity": "Warn" } } } } }""");

        var result = folder.Run("check", "fragment.html", "--culture", "en-GB", "--settings", "appsettings.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[warn] image-alt-missing", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "missing.html", "--culture", "en-GB")]
    [InlineData("check", "fragment.html")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--no-such-option")]
    [InlineData("check", "fragment.html", "--culture", "en GB")]
    [InlineData("check", "fragment.html", "--culture", "")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--format", "xml")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--field-kind", "blocks")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--ui-culture", "!")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--source-culture", "1")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--today", "25/11/2026")]
    [InlineData("check", "fragment.html", "--culture", "en-GB", "--settings", "missing.json")]
    [InlineData("check", "notes.txt", "--culture", "en-GB")]
    [InlineData("check", "empty", "--culture", "en-GB")]
    [InlineData("lint", "fragment.html")]
    [InlineData]
    public void Check_BadUsage_ExitsTwoWithOneLineOnStandardError(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);
        folder.Write("notes.txt", "Some notes");
        Directory.CreateDirectory(Path.Combine(folder.Root, "empty"));

        var result = folder.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("carepages: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Help_ExitsZeroAndListsTheOptions()
    {
        var result = CliRunner.Run("check", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--culture", "--field-kind", "--format", "--source-culture", "--ui-culture", "--settings", "--today" })
        {
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_JsonFileWithoutFieldKind_IsCheckedAsADocument()
    {
        using var folder = new TempFolder();
        folder.Write("route.json", Content.DefectiveDocument());

        var result = folder.Run("check", "route.json", "--culture", "es-ES", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(result.Findings());
        Assert.Equal("howItWorks", finding.GetProperty("property").GetString());
        Assert.Equal("es-ES", finding.GetProperty("culture").GetString());
    }

    [Fact]
    public void Check_FieldKindOverridesTheExtension()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.txt", "<p><img src=\"a.png\"></p>");

        var result = folder.Run("check", "fragment.txt", "--culture", "en-GB", "--field-kind", "richtext");

        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Check_PageAsRichText_JudgesItAsAField()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", Content.DefectivePage);

        var asPage = folder.Run("check", "page.html", "--culture", "en-GB", "--format", "json");
        var asField = folder.Run("check", "page.html", "--culture", "en-GB", "--format", "json", "--field-kind", "richtext");

        Assert.Equal(1, asPage.ExitCode);
        Assert.Equal(1, asField.ExitCode);
        Assert.Contains("image-alt-missing", asField.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Folder_ChecksEveryMatchingFileInOrdinalPathOrder()
    {
        using var folder = new TempFolder();
        folder.Write("content/b.html", Content.DefectiveFragment);
        folder.Write("content/A/z.htm", Content.DefectiveFragment);
        folder.Write("content/a/nested/page.html", Content.DefectivePage);
        folder.Write("content/clean.html", Content.CleanFragment);
        folder.Write("content/route.json", Content.DefectiveDocument());
        folder.Write("content/readme.md", "# not checked");

        var result = folder.Run("check", "content", "--culture", "es-ES", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var files = result.Findings()
            .Where(f => f.GetProperty("ruleId").GetString() == "image-alt-missing")
            .Select(f => f.GetProperty("file").GetString()).ToList();
        Assert.Equal(["content/A/z.htm", "content/a/nested/page.html", "content/b.html", "content/route.json"], files);
    }

    [Fact]
    public void Check_FolderWithFieldKind_ChecksOnlyThatKindsFiles()
    {
        using var folder = new TempFolder();
        folder.Write("content/b.html", Content.DefectiveFragment);
        folder.Write("content/route.json", Content.DefectiveDocument());

        var result = folder.Run("check", "content", "--culture", "es-ES", "--field-kind", "document", "--format", "json");

        var file = Assert.Single(result.Findings()).GetProperty("file").GetString();
        Assert.Equal("content/route.json", file);
    }

    [Fact]
    public void Check_FolderWithABadFile_ExitsTwoAndWritesNoReport()
    {
        using var folder = new TempFolder();
        folder.Write("content/a.html", Content.DefectiveFragment);
        folder.Write("content/b.json", "{ \"not\": \"a document\" }");

        var result = folder.Run("check", "content", "--culture", "en-GB");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains("content/b.json", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UiCulture_WritesMessagesInThatLanguage()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var english = folder.Run("check", "fragment.html", "--culture", "es-ES", "--format", "json");
        var spanish = folder.Run("check", "fragment.html", "--culture", "es-ES", "--format", "json", "--ui-culture", "es");

        Assert.NotEqual(Message(english), Message(spanish));
        Assert.Contains("imagen", Message(spanish), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Check_SettingsTurningTheRuleOff_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);
        folder.Write("appsettings.json", """{ "Logging": {}, "CarePages": { "Checks": { "Rules": { "image-alt-missing": { "Enabled": false } } } } }""");

        var result = folder.Run("check", "fragment.html", "--culture", "en-GB", "--settings", "appsettings.json");

        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("""{ "CarePages": { "Checks": { "Rules": { "no-such-rule": { "Enabled": false } } } } }""", "no-such-rule")]
    [InlineData("""{ "CarePages": { "Checks": { "MaxNestingDepth": 2 } } }""", "MaxNestingDepth")]
    [InlineData("""{ "CarePages": { "Checks": { "MaxFieldLength": "lots" } } }""", "MaxFieldLength")]
    [InlineData("""{ "CarePages": { "Checks": { "Rules": { "image-alt-missing": { "Severity": "fatal" } } } } }""", "fatal")]
    [InlineData("""{ "CarePages": { "Checks": { "Rules": { "image-alt-missing": { "Enabld": false } } } } }""", "Enabld")]
    [InlineData("""{ "CarePages": """, "s.json")]
    public void Check_InvalidSettings_ExitsTwoNamingTheProblem(string settings, string named)
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.CleanFragment);
        folder.Write("s.json", settings);

        var result = folder.Run("check", "fragment.html", "--culture", "en-GB", "--settings", "s.json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DocumentWithoutTheCulture_ExitsTwo()
    {
        var result = CliRunner.Run("check", Path.Combine(Paths.SampleClinic, "02-route-intranasal.json"), "--culture", "fr-FR");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fr-FR", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Today_IsAccepted()
    {
        var result = CliRunner.Run("check", Path.Combine(Paths.SampleClinic, "02-route-intranasal.json"), "--culture", "es-ES", "--today", "2026-11-25");

        Assert.Equal(0, result.ExitCode);
    }

    private static string Message(CliResult result) => result.Findings()[0].GetProperty("message").GetString()!;
}
