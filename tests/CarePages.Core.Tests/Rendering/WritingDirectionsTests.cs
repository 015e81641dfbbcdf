using System.Text.Json;
using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class WritingDirectionsTests
{
    [Theory]
    [InlineData("ar", WritingDirection.Rtl, "rtl")]
    [InlineData("ar-EG", WritingDirection.Rtl, "rtl")]
    [InlineData("he-IL", WritingDirection.Rtl, "rtl")]
    [InlineData("fa", WritingDirection.Rtl, "rtl")]
    [InlineData("ur-PK", WritingDirection.Rtl, "rtl")]
    [InlineData("en-GB", WritingDirection.Ltr, "ltr")]
    [InlineData("es-ES", WritingDirection.Ltr, "ltr")]
    [InlineData("zz-Unknown-Culture", WritingDirection.Ltr, "ltr")]
    public void Of_Culture_IsRtlForRightToLeftLanguagesElseLtr(string culture, WritingDirection expected, string attribute)
    {
        Assert.Equal(expected, WritingDirections.Of(culture));
        Assert.Equal(attribute, WritingDirections.Of(culture).ToAttribute());
    }

    [Theory]
    [InlineData(WritingDirection.Ltr)]
    [InlineData(WritingDirection.Rtl)]
    public void ToAttribute_IsTheJsonName(WritingDirection direction) =>
        Assert.Equal(JsonSerializer.Serialize(direction), $"\"{direction.ToAttribute()}\"");
}
