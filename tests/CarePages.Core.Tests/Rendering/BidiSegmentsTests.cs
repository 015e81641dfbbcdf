using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class BidiSegmentsTests
{
    [Fact]
    public void Of_ArabicTextWithALatinAbbreviation_IsolatesOnlyTheAbbreviation()
    {
        var segments = BidiSegments.Of("متلازمة الألم الناحي المركّب (CRPS)", WritingDirection.Rtl.ToAttribute());

        Assert.Equal(
            [new TextSegment("متلازمة الألم الناحي المركّب (", false), new TextSegment("CRPS", true), new TextSegment(")", false)],
            segments);
    }

    [Fact]
    public void Of_ArabicTextWithAPlainNumber_LeavesTheNumberInPlace()
    {
        Assert.Equal([new TextSegment("راجعه في 2026", false)], BidiSegments.Of("راجعه في 2026", WritingDirection.Rtl.ToAttribute()));
    }

    [Theory]
    [InlineData("Complex regional pain syndrome (CRPS)", "ltr")]
    [InlineData("Northfield Pain Clinic", "rtl")]
    public void Of_LeftToRightPageOrTextWithoutArabic_IsOneUnisolatedSegment(string text, string dir)
    {
        Assert.Equal([new TextSegment(text, false)], BidiSegments.Of(text, dir));
    }
}
