using CarePages.Core.Checks.Rules.Text;

namespace CarePages.Core.Tests.Checks.Rules.Text;

public class CssColorTests
{
    [Theory]
    [InlineData("#777", "#fff", 4.48)] // the classic "just fails" grey
    [InlineData("#767676", "#ffffff", 4.54)] // the lightest grey that passes on white
    [InlineData("#000", "#fff", 21)]
    [InlineData("#aaa", "white", 2.32)]
    [InlineData("#777", "#eee", 3.86)]
    [InlineData("#000", "#737373", 4.43)]
    [InlineData("#000", "#666", 3.66)]
    [InlineData("#fff", "#fff", 1)]
    public void ContrastRatio_KnownPairs_MatchWcag(string foreground, string background, double expected) =>
        Assert.Equal(expected, CssColor.ContrastRatio(CssColor.Parse(foreground)!.Value, CssColor.Parse(background)!.Value), 2);

    [Theory]
    [InlineData("#abc", 170, 187, 204, 1)]
    [InlineData("#AABBCC", 170, 187, 204, 1)]
    [InlineData("#aabbcc80", 170, 187, 204, 0.502)]
    [InlineData("rgb(170, 187, 204)", 170, 187, 204, 1)]
    [InlineData("rgba(0,0,0,.3)", 0, 0, 0, 0.3)]
    [InlineData("rgb(170 187 204 / 50%)", 170, 187, 204, 0.5)]
    [InlineData("rgb(100%, 0%, 50%)", 255, 0, 127.5, 1)]
    [InlineData("hsl(0, 0%, 0%)", 0, 0, 0, 1)]
    [InlineData("hsl(120, 100%, 25%)", 0, 127.5, 0, 1)]
    [InlineData("hsla(240deg 100% 50% / 0.5)", 0, 0, 255, 0.5)]
    [InlineData("hsl(0.5turn, 100%, 50%)", 0, 255, 255, 1)]
    [InlineData("red", 255, 0, 0, 1)]
    [InlineData("Grey", 128, 128, 128, 1)]
    [InlineData("rebeccapurple", 102, 51, 153, 1)]
    [InlineData("transparent", 0, 0, 0, 0)]
    public void Parse_CssColourSyntaxes_GivesChannels(string value, double r, double g, double b, double a)
    {
        var color = CssColor.Parse(value)!.Value;

        Assert.Equal(r, color.R, 1);
        Assert.Equal(g, color.G, 1);
        Assert.Equal(b, color.B, 1);
        Assert.Equal(a, color.A, 3);
    }

    [Theory]
    [InlineData("currentcolor")]
    [InlineData("inherit")]
    [InlineData("var(--brand)")]
    [InlineData("#12345")]
    [InlineData("rgb(1, 2)")]
    [InlineData("buttonface")] // a system colour, not a CSS named colour
    [InlineData("")]
    public void Parse_OtherValues_ReturnsNull(string value) =>
        Assert.Null(CssColor.Parse(value));

    [Fact]
    public void Over_HalfTransparentBlackOnWhite_IsMidGrey()
    {
        var blended = CssColor.Parse("rgba(0, 0, 0, 0.5)")!.Value.Over(CssColor.White);

        Assert.Equal("#808080", blended.ToString());
    }

    [Fact]
    public void Over_TwoHalfTransparentLayers_StayTranslucent()
    {
        var layer = new CssColor(0, 0, 0, 0.5);

        Assert.Equal(0.75, layer.Over(layer).A, 3);
    }
}
