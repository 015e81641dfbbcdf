using CarePages.Core.Ports;
using CarePages.Cli.Tests.TestSupport;
using CarePages.Demo.Storage;

namespace CarePages.Cli.Tests.Commands;

public sealed class TranslateCommandTests : DemoStoreCommandTests
{
    [ApertiumFact]
    public async Task Translate_RouteIntoSpanishWithARealApertium_SavesMachineDraftsAndSaysWhoMustCheckThem()
    {
        await using var apertium = new ApertiumServer();
        await apertium.StartAsync();
        var store = await SeededStoreAsync();

        var result = Folder.Run("translate", "--engine", "apertium", "--culture", "es-ES", "--document", RouteKey, "--apertium-url", apertium.BaseAddress.ToString(), "--database", "demo.db", "--user", "ana");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"({RouteKey}): saved as a es-ES draft", result.Output, StringComparison.Ordinal);
        Assert.Contains("Apertium (apertium-apy en-es) into es-ES: 1 of 1 document pre-filled", result.Output, StringComparison.Ordinal);
        Assert.Contains("a reviewer of the language approves it before it can be published", result.Output, StringComparison.Ordinal);
        Assert.NotNull((await store.GetDraftAsync(Guid.Parse(RouteKey)))!.NameIn("es-ES"));
    }

    [Fact]
    public async Task Translate_ApertiumNotRunning_OneLineOnStandardErrorExit2AndNothingSaved()
    {
        var store = await SeededStoreAsync();
        var before = DraftVersion.Of((await store.GetDraftAsync(Guid.Parse(RouteKey)))!);

        var result = Folder.Run("translate", "--culture", "es-ES", "--apertium-url", $"http://127.0.0.1:{ApertiumServer.FreePort()}/", "--database", "demo.db", "--ui-culture", "es");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("carepages: EngineUnavailable: No se pudo contactar con Apertium o falló; no se escribió nada. Inténtelo más tarde o pida a un administrador que revise el servicio.", result.Error.Trim());
        Assert.Equal(before, DraftVersion.Of((await store.GetDraftAsync(Guid.Parse(RouteKey)))!));
    }

    [Fact]
    public async Task Translate_EngineNone_RefusedNamingTheSetting()
    {
        await SeededStoreAsync();

        var result = Folder.Run("translate", "--engine", "none", "--culture", "es-ES", "--database", "demo.db");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("NotConfigured", result.Error, StringComparison.Ordinal);
        Assert.Contains("CarePages:MachineTranslation:Engine", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--engine", "deepl-pro")]
    [InlineData("--apertium-url", "not a url")]
    [InlineData("--document", "route")]
    public async Task Translate_BadOption_Exit2NamingTheValue(string option, string value)
    {
        await SeededStoreAsync();

        var result = Folder.Run("translate", "--culture", "es-ES", "--database", "demo.db", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
    }
}
