using CarePages.Core.Checks.Messages;

namespace CarePages.Core.Tests.Checks.Messages;

public class PluralRulesTests
{
    [Theory]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en-GB", 1, PluralCategory.One)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("de-DE", 1, PluralCategory.One)]
    [InlineData("de", 0, PluralCategory.Other)]
    [InlineData("es-ES", 1, PluralCategory.One)]
    [InlineData("es", 0, PluralCategory.Other)]
    [InlineData("es", 1_000_000, PluralCategory.Many)]
    [InlineData("ja", 1, PluralCategory.One)]
    public void Category_EnglishGermanSpanish_OnlyOneIsSingular(string language, long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Category(language, count));

    [Theory]
    [InlineData(0, PluralCategory.One)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Other)]
    [InlineData(1_000_000, PluralCategory.Many)]
    [InlineData(2_000_001, PluralCategory.Other)]
    public void Category_French_ZeroAndOneAreSingular(long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Category("fr-FR", count));

    [Theory]
    [InlineData(0, PluralCategory.Zero)]
    [InlineData(1, PluralCategory.One)]
    [InlineData(2, PluralCategory.Two)]
    [InlineData(3, PluralCategory.Few)]
    [InlineData(10, PluralCategory.Few)]
    [InlineData(11, PluralCategory.Many)]
    [InlineData(99, PluralCategory.Many)]
    [InlineData(100, PluralCategory.Other)]
    [InlineData(102, PluralCategory.Other)]
    [InlineData(103, PluralCategory.Few)]
    [InlineData(111, PluralCategory.Many)]
    public void Category_Arabic_UsesAllSixCategories(long count, PluralCategory expected) =>
        Assert.Equal(expected, PluralRules.Category("ar", count));
}
