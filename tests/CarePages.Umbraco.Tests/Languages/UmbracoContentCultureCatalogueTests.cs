using CarePages.Core.Rendering;
using CarePages.Umbraco.Languages;
using Moq;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Languages;

public sealed class UmbracoContentCultureCatalogueTests
{
    [Fact]
    public async Task GetCulturesAsync_ThreeLanguages_DefaultFirstThenByCodeWithNamesAndDirections()
    {
        var languages = new Mock<ILanguageService>();
        languages.Setup(l => l.GetAllAsync()).ReturnsAsync(new ILanguage[]
        {
            new Language("es-ES", "Spanish (Spain)"),
            new Language("en-GB", "English (United Kingdom)") { IsDefault = true },
            new Language("ar", "Arabic"),
        });

        var cultures = await new UmbracoContentCultureCatalogue(languages.Object).GetCulturesAsync();

        Assert.Equal(["en-GB", "ar", "es-ES"], cultures.Select(c => c.IsoCode));
        Assert.Equal("Spanish (Spain)", cultures[2].Name);
        Assert.Equal([WritingDirection.Ltr, WritingDirection.Rtl, WritingDirection.Ltr], cultures.Select(c => c.Direction));
    }
}
