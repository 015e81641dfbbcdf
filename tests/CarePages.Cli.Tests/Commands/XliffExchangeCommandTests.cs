using System.Xml.Linq;
using CarePages.Cli.Tests.TestSupport;
using CarePages.Demo.Storage;

namespace CarePages.Cli.Tests.Commands;

public sealed class XliffExchangeCommandTests : DemoStoreCommandTests
{
    [Fact]
    public async Task ExportThenImport_FrenchRoute_SavesAFrenchDraftAndReportsIt()
    {
        var store = await SeededStoreAsync();

        var export = Folder.Run("xliff", "export", "--culture", "fr-FR", "--document", RouteKey, "--copy-source", "--database", "demo.db", "--output", "out", "--user", "claire");

        Assert.Equal(0, export.ExitCode);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(Folder.Root, "out"), "*.fr-FR.xlf"));
        Assert.Contains($"wrote out{Path.DirectorySeparatorChar}{Path.GetFileName(file)}", export.Output, StringComparison.Ordinal);
        Assert.Equal(0, Folder.Run("xliff", "validate", file).ExitCode);
        Translate(file);

        var import = Folder.Run("xliff", "import", file, "--database", "demo.db", "--user", "claire", "--languages", "fr-FR");

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains($"Intranasal kétamine ({RouteKey}): saved as a fr-FR draft", import.Output, StringComparison.Ordinal);
        Assert.Equal("Intranasal kétamine", (await store.GetDraftAsync(Guid.Parse(RouteKey)))!.NameIn("fr-FR"));
        Assert.Null((await store.GetAsync(Guid.Parse(RouteKey)))!.NameIn("fr-FR"));
    }

    [Fact]
    public async Task Import_UiCultureArabic_ReportLabelsInArabic()
    {
        var file = await TranslatedRouteFileAsync();

        var import = Folder.Run("xliff", "import", file, "--database", "demo.db", "--languages", "fr-FR", "--ui-culture", "ar");

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains($"Intranasal kétamine ({RouteKey}): حُفظت مسودة fr-FR (", import.Output, StringComparison.Ordinal);
        Assert.Contains(": طُبّق 1 من مستند واحد (طُبّقت كل المستندات).", import.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("saved as", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnitLostAnInlineCodeWithUiCultureGerman_RejectedUnitReasonInGerman()
    {
        var file = await TranslatedRouteFileAsync();
        var document = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        var code = document.Descendants().Where(e => e.Name.LocalName == "target").Descendants().First(e => e.Name.LocalName == "g");
        var unitId = (string)code.Ancestors().First(e => e.Name.LocalName == "trans-unit").Attribute("id")!;
        code.ReplaceWith(code.Nodes());
        document.Save(file);

        var import = Folder.Run("xliff", "import", file, "--database", "demo.db", "--languages", "fr-FR", "--ui-culture", "de");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"Unit {unitId}: Der Inline-Code <g id=\"{(string)code.Attribute("id")!}\">", import.Output, StringComparison.Ordinal);
        Assert.Contains(") fehlt im Ziel.", import.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("is missing from the target", import.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TranslatorLimitedToSpanish_RefusedWithExitCode2AndNothingSaved()
    {
        var store = await SeededStoreAsync();
        Folder.Run("xliff", "export", "--culture", "fr-FR", "--document", RouteKey, "--copy-source", "--database", "demo.db", "--output", "out");
        var file = Directory.GetFiles(Path.Combine(Folder.Root, "out"))[0];
        Translate(file);

        var import = Folder.Run("xliff", "import", file, "--database", "demo.db", "--user", "ana", "--languages", "es-ES");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("may not import into fr-FR", import.Error, StringComparison.Ordinal);
        Assert.Null((await store.GetDraftAsync(Guid.Parse(RouteKey)))!.NameIn("fr-FR"));
    }

    [Theory]
    [InlineData("es-es", "es-ES")]
    [InlineData("fr-fr", "fr-FR")]
    public async Task ExportThenImport_CultureInAnotherCase_JobAndDraftInTheStoresSpelling(string asked, string spelled)
    {
        var store = await SeededStoreAsync();

        var export = Folder.Run("xliff", "export", "--culture", asked, "--document", RouteKey, "--copy-source", "--database", "demo.db", "--output", "out");
        var file = Assert.Single(Directory.GetFiles(Path.Combine(Folder.Root, "out"), $"*.{spelled}.xlf"));
        Translate(file);
        var import = Folder.Run("xliff", "import", file, "--database", "demo.db", "--languages", spelled);

        Assert.Equal((0, 0), (export.ExitCode, import.ExitCode));
        Assert.Contains($"({RouteKey}): saved as a {spelled} draft", import.Output, StringComparison.Ordinal);
        var draft = (await store.GetDraftAsync(Guid.Parse(RouteKey)))!;
        Assert.Contains(spelled, draft.Cultures);
        Assert.DoesNotContain(asked, draft.Cultures);
    }

    [Theory]
    [InlineData("en", "1 document, 16 fields, en-GB → fr-FR")]
    [InlineData("fr", "1 document, 16 champs, en-GB → fr-FR")]
    [InlineData("ar", "مستند واحد، 16 حقلًا، من en-GB إلى fr-FR")]
    public async Task Export_OneRouteWithUiCulture_SummaryCountsInTheLanguagesPluralForms(string uiCulture, string expected)
    {
        await SeededStoreAsync();

        var export = Folder.Run("xliff", "export", "--culture", "fr-FR", "--document", RouteKey, "--database", "demo.db", "--output", "out", "--ui-culture", uiCulture);

        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        Assert.Contains(expected, export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_CultureNobodyKnows_ExitCode2NamingTheStoresCulturesAndNoFile()
    {
        await SeededStoreAsync();

        var export = Folder.Run("xliff", "export", "--culture", "xx-!!", "--document", RouteKey, "--database", "demo.db", "--output", "out");

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("--culture xx-!!: not a culture of the store", export.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Folder.Root, "out")));
    }

    [Fact]
    public async Task Export_IntoTheSourceCultureWithUiCultureSpanish_ExitCode2WithTheRefusalInSpanish()
    {
        await SeededStoreAsync();

        var export = Folder.Run("xliff", "export", "--culture", "en-GB", "--document", RouteKey, "--database", "demo.db", "--output", "out", "--ui-culture", "es");

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("en-GB es el idioma de origen: se redacta, no se traduce.", export.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Folder.Root, "out")));
    }

    [Fact]
    public void Export_NoDemoStore_ExitCode2SayingHowToCreateIt()
    {
        var export = Folder.Run("xliff", "export", "--culture", "fr-FR", "--database", "missing.db");

        Assert.Equal(2, export.ExitCode);
        Assert.Contains("no demo store there", export.Error, StringComparison.Ordinal);
    }

    // The seeded store's route exported into French (with its source copied) and translated.
    private async Task<string> TranslatedRouteFileAsync()
    {
        await SeededStoreAsync();
        Folder.Run("xliff", "export", "--culture", "fr-FR", "--document", RouteKey, "--copy-source", "--database", "demo.db", "--output", "out");
        var file = Directory.GetFiles(Path.Combine(Folder.Root, "out"))[0];
        Translate(file);
        return file;
    }

    private static void Translate(string file)
    {
        var document = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        foreach (var text in document.Descendants().Where(e => e.Name.LocalName == "target").SelectMany(t => t.DescendantNodes()).OfType<XText>())
        {
            text.Value = text.Value.Replace("ketamine", "kétamine", StringComparison.Ordinal);
        }

        document.Save(file);
    }
}
