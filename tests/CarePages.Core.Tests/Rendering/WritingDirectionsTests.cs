using System.Text.Json;
using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class WritingDirectionsTests
{
    [Theory]
    [InlineData("ar")]
    [InlineData("ar-EG")]
    [InlineData("he-IL")]
    [InlineData("fa")]
    [InlineData("ur-PK")]
    public void Of_RightToLeftLanguage_IsRtl(string culture)
    {
        Assert.Equal(WritingDirection.Rtl, WritingDirections.Of(culture));
        Assert.Equal("rtl", WritingDirections.Of(culture).ToAttribute());
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("es-ES")]
    [InlineData("zz-Unknown-Culture")]
    public void Of_OtherCulture_IsLtr(string culture)
    {
        Assert.Equal(WritingDirection.Ltr, WritingDirections.Of(culture));
        Assert.Equal("ltr", WritingDirections.Of(culture).ToAttribute());
    }

    [Theory]
    [InlineData(WritingDirection.Ltr)]
    [InlineData(WritingDirection.Rtl)]
    public void ToAttribute_IsTheJsonName(WritingDirection direction) =>
        Assert.Equal(JsonSerializer.Serialize(direction), $"\"{direction.ToAttribute()}\"");
}
