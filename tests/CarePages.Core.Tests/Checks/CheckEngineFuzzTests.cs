using CarePages.Core.Checks;
using CarePages.Core.Tests.Fuzzing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CarePages.Core.Tests.Checks;

/// <summary>
/// Property-based fuzzing of the check engine: random, hostile and deeply nested fragments and pages in every
/// built-in language. Bad content becomes findings; no exception escapes. (Its speed is measured in the benchmark
/// project, not here.)
/// </summary>
public sealed class CheckEngineFuzzTests
{
    private static readonly CheckEngine Engine = CheckEngine.CreateDefault();

    private static readonly string[] Cultures = ["en-GB", "es-ES", "fr-FR", "de-DE", "ar", "xx-!!", ""];

    [Property(MaxTest = 80)]
    public Property CheckRichText_AnyMarkupAnyCulture_FindingsNeverExceptions() =>
        Prop.ForAll(
            (from html in FuzzMarkup.Any(20_000) from culture in Gen.Elements(Cultures) from ui in Gen.Elements(Cultures) select (html, culture, ui)).ToArbitrary(),
            input => Assert.NotNull(Engine.CheckRichText(input.html, new CheckRequest { Culture = input.culture, UiCulture = input.ui }, "body").Findings));

    [Property(MaxTest = 30)]
    public Property CheckPage_AnyMarkupInAnyPageShell_FindingsNeverExceptions() =>
        Prop.ForAll(
            (from html in FuzzMarkup.Any(20_000) from culture in Gen.Elements(Cultures) from shell in Gen.Elements("{0}", "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>{0}</main></body></html>", "<html dir=\"rtl\">{0}")
             select (page: string.Format(System.Globalization.CultureInfo.InvariantCulture, shell, html), culture)).ToArbitrary(),
            input => Assert.NotNull(Engine.CheckPage(input.page, new CheckRequest { Culture = input.culture }).Findings));
}
