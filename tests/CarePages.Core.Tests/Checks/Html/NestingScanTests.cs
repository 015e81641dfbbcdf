using CarePages.Core.Checks.Html;

namespace CarePages.Core.Tests.Checks.Html;

public class NestingScanTests
{
    [Fact]
    public void Exceeds_DeeplyNestedDivs_IsTrue() =>
        Assert.True(NestingScan.Exceeds(string.Concat(Enumerable.Repeat("<div class=\"x\">", 300)), 256));

    [Fact]
    public void Exceeds_ManyUnclosedParagraphsAndListItems_IsFalse() =>
        Assert.False(NestingScan.Exceeds("<ul>" + string.Concat(Enumerable.Repeat("<li><p>Item<br><img src=a.jpg>", 1000)) + "</ul>", 256));

    [Fact]
    public void Exceeds_ClosedSiblings_IsFalse() =>
        Assert.False(NestingScan.Exceeds(string.Concat(Enumerable.Repeat("<section><h2>T</h2><div><span>x</span></div></section>", 2000)), 256));

    [Theory]
    [InlineData("<script>if (a <b) { '<div>'.repeat(1000) }</script><p>after</p>")]
    [InlineData("<!-- <div><div><div> --><p>after</p>")]
    [InlineData("<p title=\"a > b <div>\">after</p>")]
    [InlineData("<br/><img/><span/>")]
    public void Exceeds_TagLookalikesInScriptsCommentsAndAttributes_AreNotCounted(string html) =>
        Assert.False(NestingScan.Exceeds(html, 1));

    [Fact]
    public void Exceeds_JustAtTheLimit_IsFalse() =>
        Assert.False(NestingScan.Exceeds(string.Concat(Enumerable.Repeat("<div>", 256)), 256));
}
