using CarePages.Core.Checks.Html;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.RichText;
using CarePages.Core.Tests.Fuzzing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CarePages.Core.Tests.RichText;

/// <summary>
/// Property-based fuzzing of the one sanitiser of imported rich text (<see cref="RichTextCleaner"/>, as the XLIFF
/// import calls it, and through the public normaliser and both conversions): whatever the markup, the result holds only the editor's subset, no event
/// handler and no address that runs script or renders a document, and no exception escapes.
/// </summary>
public sealed class RichTextCleanerFuzzTests
{
    [Property(MaxTest = 100)]
    public Property Normalise_AnyMarkup_OnlyTheEditorSubsetWithSafeAddresses() =>
        Prop.ForAll(FuzzMarkup.Fragment.ToArbitrary(), html => Assert.Null(SafeHtml.FirstUnsafe(RichTextNormaliser.Normalise(html).Value, SafeHtml.EditorSubset)));

    [Property(MaxTest = 100)]
    public Property Sanitise_AnyMarkup_OnlyTheEditorSubsetWithSafeAddresses() =>
        Prop.ForAll(FuzzMarkup.Fragment.ToArbitrary(), html =>
        {
            var body = HtmlInput.ParseFragment(html).Body!;

            var (sanitised, _) = RichTextCleaner.Sanitise(body);

            Assert.Null(SafeHtml.FirstUnsafe(sanitised.InnerHtml, SafeHtml.EditorSubset));
        });

    [Property(MaxTest = 10)]
    public Property Normalise_DeeplyNestedMarkup_SafeAndNoStackOverflow() =>
        Prop.ForAll(FuzzMarkup.DeeplyNested(20_000).ToArbitrary(), html => Assert.Null(SafeHtml.FirstUnsafe(RichTextNormaliser.Normalise(html).Value, SafeHtml.EditorSubset)));

    [Property(MaxTest = 60)]
    public Property ConvertBothWays_AnyMarkup_MarkdownComesBackSafe() =>
        Prop.ForAll(FuzzMarkup.Any(20_000).ToArbitrary(), html =>
        {
            var markdown = HtmlToMarkdown.Convert(html).Value;
            var (back, refusal) = MarkdownToHtml.TryConvert(markdown);
            Assert.True(back is not null || refusal is not null);
            if (back is not null)
            {
                Assert.Null(SafeHtml.FirstUnsafe(back.Value, SafeHtml.EditorSubset));
            }
        });
}
