using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class TextDirectionTests
{
    [Theory]
    [InlineData("ar")]
    [InlineData("ar-EG")]
    [InlineData("he-IL")]
    [InlineData("fa")]
    [InlineData("ur-PK")]
    public void For_RightToLeftLanguage_IsRtl(string culture)
    {
        Assert.Equal("rtl", TextDirection.For(culture));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("es-ES")]
    [InlineData("zz-Unknown-Culture")]
    public void For_OtherCulture_IsLtr(string culture)
    {
        Assert.Equal("ltr", TextDirection.For(culture));
    }
}
