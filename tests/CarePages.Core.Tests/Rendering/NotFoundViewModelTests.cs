using CarePages.Core.Rendering;
using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Tests.Rendering;

public class NotFoundViewModelTests
{
    [Fact]
    public void For_ArabicCulture_IsRightToLeftWithArabicTexts()
    {
        var page = NotFoundViewModel.For("ar", "/ar/");

        Assert.Equal("rtl", page.Dir);
        Assert.Equal("ar", page.Labels.Language);
        Assert.Equal("/ar/", page.HomeUrl);
    }

    [Fact]
    public void For_GermanCulture_SaysNotFoundInGerman()
    {
        var page = NotFoundViewModel.For("de-DE", "/");

        Assert.Equal("de-DE", page.Lang);
        Assert.Equal("Seite nicht gefunden", page.Labels[LabelKeys.PageNotFound]);
    }
}
