using System.Text.Json;
using CarePages.Cli.Commands;
using CarePages.Cli.Output;
using CarePages.Cli.Tests.TestSupport;
using CarePages.Cli.Translation;
using CarePages.Core.Audit;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Cli.Tests.Commands;

public sealed class AuditCommandTests : DemoStoreCommandTests
{
    [Fact]
    public async Task Audit_SampleClinic_TextSummaryOfEveryCultureAndTheRunWithProgressOnStandardError()
    {
        await SeededStoreAsync();

        var result = Folder.Run("audit", "--database", "demo.db", "--user", "ana");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Site audit of the latest saved drafts. Documents audited: 6.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Last run: completed", result.Output, StringComparison.Ordinal);
        Assert.Contains("(cli, ana). Changed documents audited: 6 of 6; language versions checked: 36; unreadable: 0.", result.Output, StringComparison.Ordinal);
        var rows = result.Output.Split('\n').Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Assert.All(new[] { "en-GB", "es-ES", "ar" }, culture => Assert.Contains(rows, r => r is [var c, "6", ..] && c == culture));
        Assert.Contains("Clinical reviews overdue: 0; due soon: 0.", result.Output, StringComparison.Ordinal);
        Assert.Equal("Audited 6/6", result.ErrorLines[^1].Trim()[..11]);
    }

    [Fact]
    public async Task Audit_ImageWithoutAltInSpanish_Exit1AndJsonListsTheFindingWithItsCultureAndField()
    {
        await SeededStoreWithASpanishImageWithoutAltAsync();

        var result = Folder.Run("audit", "--database", "demo.db", "--format", "json", "--rule", "image-alt-missing");

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("es-ES", "howItWorks", "Block", RouteKey), (finding.GetProperty("culture").GetString(), finding.GetProperty("property").GetString(),
            finding.GetProperty("severity").GetString(), finding.GetProperty("documentKey").GetString()));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("counts").GetProperty("documents").GetInt32());
        Assert.Equal("Completed", summary.GetProperty("latestRun").GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("none", 0)]
    [InlineData("block", 1)]
    public async Task Audit_FailOn_DecidesTheExitCodeOfABlocker(string failOn, int exitCode)
    {
        await SeededStoreWithASpanishImageWithoutAltAsync();

        var result = Folder.Run("audit", "--database", "demo.db", "--fail-on", failOn);

        Assert.True(result.ExitCode == exitCode, result.Output + result.Error);
    }

    [Fact]
    public async Task Audit_CultureFilterOnAnotherCulture_Exit0AndNoMatchingFinding()
    {
        await SeededStoreWithASpanishImageWithoutAltAsync();

        var result = Folder.Run("audit", "--database", "demo.db", "--culture", "ar", "--severity", "block");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Findings matching the filters: 0.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("es-ES", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_Sarif_IsSarif210WithTheRulesAndAResultPerFinding()
    {
        await SeededStoreWithASpanishImageWithoutAltAsync();

        var result = Folder.Run("audit", "--database", "demo.db", "--format", "sarif", "--culture", "es-ES");

        using var sarif = JsonDocument.Parse(result.Output);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        Assert.Equal("carepages", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "image-alt-missing" && r.GetProperty("level").GetString() == "error");
        Assert.All(results, r =>
        {
            Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal("es-ES", r.GetProperty("properties").GetProperty("culture").GetString());
            Assert.StartsWith($"documents/", Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Audit_SecondRunWithNothingChanged_AuditsNoDocumentAgain()
    {
        await SeededStoreAsync();
        Folder.Run("audit", "--database", "demo.db");

        var result = Folder.Run("audit", "--database", "demo.db");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("Changed documents audited: 0 of 0; language versions checked: 0;", result.Output, StringComparison.Ordinal);
        Assert.Contains("Documents audited: 6.", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_UiCultureSpanish_ReportAndProgressInSpanish()
    {
        await SeededStoreAsync();

        var result = Folder.Run("audit", "--database", "demo.db", "--ui-culture", "es");

        Assert.Contains("Auditoría del sitio: últimos borradores guardados. Documentos auditados: 6.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Cultura", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("Auditados 6/6", result.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_AnotherRunActive_Exit3WithItsProgressOnStandardError()
    {
        await SeededStoreAsync();
        var session = await DemoStoreSession.OpenAsync(Path.Combine(Folder.Root, "demo.db"), CancellationToken.None);
        await session.AuditRuns.StartAsync("api", "Lucía");

        var result = Folder.Run("audit", "--database", "demo.db");

        Assert.Equal(ExitCodes.AuditAlreadyRunning, result.ExitCode);
        Assert.Equal("carepages: another audit of this store is queued (0 of 0 changed documents audited), asked for by Lucía (api). Wait for it to end, or cancel it.", Assert.Single(result.ErrorLines).Trim());
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task RunAsync_Interrupted_CancelsTheRunKeepingItsResultsAndExits130()
    {
        await SeededStoreAsync();
        using var error = new StringWriter();
        var environment = new CliEnvironment(TextWriter.Null, Folder.Root) { Error = error };
        var arguments = new AuditArguments(Path.Combine(Folder.Root, "demo.db"), "ana", ReportFormat.Text, AuditedVersion.Draft, null, [], null, null, "en");

        var exitCode = await AuditCommand.RunAsync(arguments, environment, new CancellationToken(canceled: true));

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.StartsWith("carepages: audit cancelled after ", error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
        var session = await DemoStoreSession.OpenAsync(arguments.DatabasePath, CancellationToken.None);
        Assert.Equal(AuditRunState.Cancelled, (await session.AuditRuns.GetLatestAsync())!.State);
        Assert.Equal(ExitCodes.Success, Folder.Run("audit", "--database", "demo.db").ExitCode);
    }

    [Theory]
    [InlineData("--rule", "no-such-rule", "--rule no-such-rule: no such rule")]
    [InlineData("--culture", "xx-not-a-tag!", "--culture")]
    [InlineData("--format", "earl", "earl")]
    [InlineData("--fail-on", "info", "info")]
    public async Task Audit_BadOption_Exit2NamingTheValue(string option, string value, string named)
    {
        await SeededStoreAsync();

        var result = Folder.Run("audit", "--database", "demo.db", option, value);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_NoStoreThere_Exit2SayingHowToMakeOne()
    {
        var result = Folder.Run("audit", "--database", "missing.db");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("Run the demo once", result.Error, StringComparison.Ordinal);
    }

    private async Task SeededStoreWithASpanishImageWithoutAltAsync()
    {
        var store = await SeededStoreAsync();
        var draft = (await store.GetDraftAsync(Guid.Parse(RouteKey)))!;
        var html = JsonSerializer.SerializeToElement("<p>Cómo funciona.</p><img src=\"/media/spray.png\">");
        await store.SaveDraftAsync(draft.WithValue("howItWorks", "es-ES", html), "es-ES", new UserReference("ana", "Ana"), DraftVersion.Of(draft));
    }
}
