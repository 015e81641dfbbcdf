using System.Text.Json;
using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Commands;

/// <summary><c>check</c> on documents without the requested culture: each is skipped with its reason, the rest are checked.</summary>
public class CheckSkippedDocumentsTests
{
    [Fact]
    public void Check_FolderWithADocumentLackingTheCulture_SkipsItAndChecksTheRest()
    {
        var result = CheckRouteBesideEnglishOnly();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("docs/b-english-only.json: skipped: this document has no version in es-ES (it has en-GB, ar).", result.Output, StringComparison.Ordinal);
        Assert.Contains("[block] image-alt-missing", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 file checked, 1 with findings: 1 blocker, 0 warnings, 0 notes.", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 document skipped: no version in es-ES.", result.Output, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Check_SkippedDocumentBesideCleanContent_ExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("docs/fragment.html", Content.CleanFragment);
        folder.Write("docs/english-only.json", Content.RouteWithout("es-ES"));

        var result = folder.Run("check", "docs", "--culture", "es-ES", "--ui-culture", "es");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("docs/english-only.json: omitido: este documento no tiene versión es-ES (tiene en-GB, ar).", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 documento omitido: sin versión es-ES.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryDocumentLacksTheCulture_ExitsTwoSayingNothingWasChecked()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.json", Content.RouteWithout("es-ES"));
        folder.Write("docs/b.json", Content.RouteWithout("es-ES"));

        var result = folder.Run("check", "docs", "--culture", "es-ES");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("carepages: nothing was checked: none of the 2 documents has a version in es-ES.", Assert.Single(result.ErrorLines).TrimEnd('\r'));
    }

    [Fact]
    public void Check_SkippedDocumentAsJson_IsListedWithItsCultures()
    {
        using var json = JsonDocument.Parse(CheckRouteBesideEnglishOnly("--format", "json").Output);

        var skipped = Assert.Single(json.RootElement.GetProperty("skipped").EnumerateArray());
        Assert.Equal("docs/b-english-only.json", skipped.GetProperty("file").GetString());
        Assert.Equal("es-ES", skipped.GetProperty("culture").GetString());
        Assert.Equal(["en-GB", "ar"], skipped.GetProperty("cultures").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void Check_SkippedDocumentAsSarif_IsANoteOnTheFile()
    {
        using var sarif = JsonDocument.Parse(CheckRouteBesideEnglishOnly("--format", "sarif").Output);

        var invocation = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var note = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("note", note.GetProperty("level").GetString());
        Assert.StartsWith("docs/b-english-only.json: skipped", note.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("docs/b-english-only.json", note.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    // docs/a-route.json has an es-ES version with a blocking finding; docs/b-english-only.json has none.
    private static CliResult CheckRouteBesideEnglishOnly(params string[] options)
    {
        using var folder = new TempFolder();
        folder.Write("docs/a-route.json", Content.DefectiveDocument());
        folder.Write("docs/b-english-only.json", Content.RouteWithout("es-ES"));
        return folder.Run(["check", "docs", "--culture", "es-ES", .. options]);
    }
}
