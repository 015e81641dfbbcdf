using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Tests.Translation.Glossary;

public sealed class LanguagePairTests
{
    [Theory]
    [InlineData("es-ES", "es-ES", true)]
    [InlineData("ES-es", "es-ES", true)]
    [InlineData("es", "es-ES", true)]
    [InlineData("es", "es", true)]
    [InlineData("es-MX", "es-ES", false)]
    [InlineData("es-ES", "es", false)]
    [InlineData("e", "es-ES", false)]
    [InlineData("ar", "es-ES", false)]
    public void CultureCovers_RequestedTargetAndAUsersCulture_SameCultureOrItsBareLanguage(string requested, string culture, bool covered) =>
        Assert.Equal(covered, LanguagePair.CultureCovers(requested, culture));
}
