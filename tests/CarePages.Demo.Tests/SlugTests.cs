using CarePages.Demo.Site;

namespace CarePages.Demo.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Ketamina para el dolor difícil de tratar", "ketamina-para-el-dolor-dificil-de-tratar")]
    [InlineData("Síndrome de dolor regional complejo (SDRC)", "sindrome-de-dolor-regional-complejo-sdrc")]
    [InlineData("Migraña crónica", "migrana-cronica")]
    [InlineData("  Straße & Co.  ", "strasse-co")]
    public void FromName_LatinName_FoldsToLowercaseAsciiWithHyphens(string name, string expected)
    {
        Assert.Equal(expected, Slug.FromName(name));
    }

    [Fact]
    public void FromName_ArabicName_FoldsToNothing()
    {
        Assert.Equal(string.Empty, Slug.FromName("الكيتامين عن طريق الأنف"));
    }
}
