using CarePages.Core.Checks.Html;

namespace CarePages.Core.Tests.Checks.Html;

public sealed class ElementIndexTests
{
    [Fact]
    public void Siblings_MixedTextAndElements_AnswerAsTheDomDoes()
    {
        var body = HtmlInput.ParseFragment("<p>a</p> text <h2>b</h2><!-- note --><ul><li>c</li></ul>").Body!;
        var index = ElementIndex.Build(body);
        var (p, h2, ul) = (body.Children[0], body.Children[1], body.Children[2]);

        Assert.Same(h2, index.NextElementSibling(p));
        Assert.Same(ul, index.NextElementSibling(h2));
        Assert.Null(index.NextElementSibling(ul));
        Assert.Same(p, index.PreviousElementSibling(h2));
        Assert.Null(index.PreviousElementSibling(p));
        Assert.Same(p.NextSibling, index.NextSibling(p));
        Assert.Null(index.NextSibling(body));
    }

    [Fact]
    public void Build_TenThousandSiblings_IndexesEveryOneInOrder()
    {
        var body = HtmlInput.ParseFragment(string.Concat(Enumerable.Range(0, 10_000).Select(i => $"<p>{i}</p>"))).Body!;

        var index = ElementIndex.Build(body);

        Assert.Equal(10_000, index.Elements.Count);
        Assert.Equal("9999", index.Elements[^1].TextContent);
        Assert.Equal("9998", index.PreviousElementSibling(index.Elements[^1])!.TextContent);
    }

    [Fact]
    public void ParseFragment_TextRunningToTheEndAndACharsetMeta_KeepsEveryCharacter()
    {
        var text = "Ketamin – ketamina – كيتامين " + new string('x', 20_000);

        var body = HtmlInput.ParseFragment("<meta charset=\"iso-8859-1\">" + text).Body!;

        Assert.Equal(text, body.TextContent);
    }
}
