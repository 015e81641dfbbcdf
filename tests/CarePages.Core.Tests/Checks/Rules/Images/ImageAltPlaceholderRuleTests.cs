using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Images;

public class ImageAltPlaceholderRuleTests
{
    private readonly ImageAltPlaceholderRule _rule = new();

    [Theory]
    [InlineData("en-GB", "image")]
    [InlineData("en-GB", "Photo")]
    [InlineData("en-GB", "picture 2")]
    [InlineData("en-GB", "spacer")]
    [InlineData("en-GB", "Image.")]
    [InlineData("es-ES", "imagen")]
    [InlineData("es-ES", "Fotografía")]
    [InlineData("es-ES", "fotografia")]
    [InlineData("es-ES", "Imagen destacada")]
    [InlineData("fr-FR", "image")]
    [InlineData("fr-FR", "Photo")]
    [InlineData("fr-FR", "Illustration")]
    [InlineData("de-DE", "Bild")]
    [InlineData("de-DE", "Foto")]
    [InlineData("de-DE", "Grafik")]
    [InlineData("de-DE", "Abbildung 3")]
    [InlineData("ar", "صورة")]
    [InlineData("ar", "صوره")]
    [InlineData("ar", "رسم توضيحي")]
    public void Check_AltIsOnlyAPlaceholderWordOfTheContentLanguage_Warns(string culture, string alt)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{alt}\">", culture).Of("image-alt-placeholder"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.1.1"], finding.Wcag);
        Assert.Equal(culture, finding.Culture);
        Assert.Contains("only says that there is an image", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("* * *")]
    [InlineData("…")]
    public void Check_AltIsOnlyPunctuation_WarnsInAnyLanguage(string alt)
    {
        Assert.Single(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{alt}\">", "it-IT").Of("image-alt-placeholder"));
    }

    [Theory]
    [InlineData("en-GB", "Image of a nurse holding a nasal spray", "image of")]
    [InlineData("en-GB", "A photo of the waiting room", "a photo of")]
    [InlineData("es-ES", "Foto de una enfermera con el espray nasal", "foto de")]
    [InlineData("es-ES", "Imagen del acceso para sillas de ruedas", "imagen del")]
    [InlineData("fr-FR", "Photo d'une infirmière tenant le spray nasal", "photo d'")]
    [InlineData("fr-FR", "Image du cabinet de consultation", "image du")]
    [InlineData("de-DE", "Bild von einer Pflegekraft mit Nasenspray", "Bild von")]
    [InlineData("de-DE", "Foto des Wartezimmers", "Foto des")]
    [InlineData("ar", "صورة لممرضة تحمل بخاخ الأنف", "صورة ل")]
    [InlineData("ar", "صورة توضح غرفة الانتظار", "صورة توضح")]
    public void Check_AltStartsWithImageOf_SuggestsDroppingThePrefix(string culture, string alt, string prefix)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{alt}\">", culture).Of("image-alt-placeholder"));

        Assert.Contains($"\"{prefix}\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("twice", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Photographer Ana López at the clinic entrance")]
    [InlineData("en-GB", "Bild")]
    [InlineData("es-ES", "Enfermera mostrando cómo sujetar el espray nasal")]
    [InlineData("es-ES", "image")]
    [InlineData("fr-FR", "Photo dentaire panoramique d'un patient")]
    [InlineData("fr-FR", "Infirmière tenant le spray nasal")]
    [InlineData("de-DE", "Bildschirm mit der Terminübersicht")]
    [InlineData("de-DE", "Pflegekraft zeigt, wie man das Nasenspray hält")]
    [InlineData("ar", "صورة بالأشعة السينية للركبة")]
    [InlineData("ar", "ممرضة توضح طريقة إمساك بخاخ الأنف")]
    public void Check_DescriptiveAltOrAnotherLanguagesWord_FindsNothing(string culture, string alt) =>
        Assert.Empty(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{alt}\">", culture).Of("image-alt-placeholder"));

    [Theory]
    [InlineData("<img src=\"a.jpg\" alt=\"image\" role=\"none\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"image\" aria-hidden=\"true\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\">")]
    public void Check_ImageNotAnnounced_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("image-alt-placeholder"));

    [Fact]
    public void Check_ArabicPageArabicUi_MessageInArabic()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<img src=\"a.jpg\" alt=\"صورة\">", "ar", uiCulture: "ar").Of("image-alt-placeholder"));

        Assert.Contains("النص البديل", finding.Message, StringComparison.Ordinal);
    }
}
