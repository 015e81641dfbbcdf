using CarePages.Core.Checks.Html;
using CarePages.Core.MarkdownExchange;

namespace CarePages.Core.Tests.Checks.Html;

public sealed class HtmlInputTests
{
    // The fuzz suite's counterexample, reduced: AngleSharp 1.5 throws NullReferenceException parsing it from a stream.
    private const string BreaksTheStreamParser = "<select><button ><th><template ></template><button></th>>";

    [Fact]
    public void ParseFragment_MarkupThatBreaksAngleSharpsStreamParser_ParsesAsTheStringParserDoes()
    {
        var document = HtmlInput.ParseFragment(BreaksTheStreamParser);

        Assert.NotNull(document.Body);
        Assert.Contains("select", document.Body.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalise_MarkupThatBreaksAngleSharpsStreamParser_GivesTheEditorSubset()
    {
        var normalised = RichTextNormaliser.Normalise("<p>Before</p>" + BreaksTheStreamParser + "<p>After</p>").Value;

        Assert.Contains("<p>Before</p>", normalised, StringComparison.Ordinal);
        Assert.DoesNotContain("<select", normalised, StringComparison.Ordinal);
    }
}
