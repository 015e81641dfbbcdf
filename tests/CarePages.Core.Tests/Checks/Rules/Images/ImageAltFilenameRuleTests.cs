using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Images;

public class ImageAltFilenameRuleTests
{
    private readonly ImageAltFilenameRule _rule = new();

    [Theory]
    [InlineData("IMG_2041.jpg")]
    [InlineData("IMG_2041")]
    [InlineData("DSC_0001")]
    [InlineData("DSC01234.JPG")]
    [InlineData("PXL_20240301_101522123")]
    [InlineData("20230115_101530")]
    [InlineData("knee-xray-final.png")]
    [InlineData("/media/1234/knee.jpg?width=300")]
    [InlineData("shutterstock_123456789")]
    [InlineData("WhatsApp Image 2024-03-01 at 10.15.22")]
    [InlineData("Screenshot 2024-03-01 at 10.15.22")]
    [InlineData("Captura de pantalla 2024-03-01 101522")]
    public void Check_AltIsAFileName_WarnsQuotingIt(string alt)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p><img src=\"/media/a.jpg\" alt=\"{alt}\"></p>").Of("image-alt-filename"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["1.1.1"], finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.Equal("body", finding.Property);
        Assert.Contains(alt, finding.Message, StringComparison.Ordinal);
        Assert.Contains("file name", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cdn.example.org/media/knee.jpg")]
    [InlineData("www.clinica-ejemplo.es/img/rodilla")]
    [InlineData("//cdn.example.org/a")]
    public void Check_AltIsAWebAddress_WarnsWithTheAddressMessage(string alt)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<img src=\"a.jpg\" alt=\"{alt}\">").Of("image-alt-filename"));

        Assert.Contains("web address", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"IMG_2041.jpg\" alt=\"Nurse showing how to hold the nasal spray\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"X-ray of a knee, taken in 2024\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"Dr. Ana López\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"IMG_2041.jpg\" role=\"presentation\">")]
    [InlineData("<img src=\"a.jpg\" alt=\"IMG_2041.jpg\" aria-label=\"Waiting room with wheelchair space\">")]
    [InlineData("<div hidden><img src=\"a.jpg\" alt=\"IMG_2041.jpg\"></div>")]
    [InlineData("<img src=\"a.jpg\" alt=\"IMG_2041.jpg\" aria-labelledby=\"cap\"><p id=\"cap\">Waiting room</p>")]
    public void Check_DescriptionOrNotAnnounced_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("image-alt-filename"));

    [Fact]
    public void Check_FileNameInAreaAndRoleImg_WarnsForEach()
    {
        const string html = "<map name=\"m\"><area href=\"/a\" alt=\"map-section-2.png\"></map><svg role=\"img\" aria-label=\"DSC_0042\"></svg>";

        Assert.Equal(2, RuleHarness.RichText(_rule, html).Of("image-alt-filename").Count);
    }

    [Fact]
    public void Check_GermanUi_MessageInGerman()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<img src=\"a.jpg\" alt=\"IMG_2041.jpg\">", culture: "de-DE", uiCulture: "de").Of("image-alt-filename"));

        Assert.Contains("Dateiname", finding.Message, StringComparison.Ordinal);
    }
}
