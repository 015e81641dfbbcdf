using CarePages.Umbraco.Api.Authorization;

namespace CarePages.Umbraco.Tests.Api.Authorization;

public sealed class LanguageTargetTests
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
    public void IsCoveredBy_RequestedTargetAndAUsersCulture_SameCultureOrItsBareLanguage(string requested, string culture, bool covered) =>
        Assert.Equal(covered, LanguageTarget.IsCoveredBy(requested, culture));
}
