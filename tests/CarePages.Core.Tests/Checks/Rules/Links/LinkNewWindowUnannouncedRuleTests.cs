using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkNewWindowUnannouncedRuleTests
{
    private readonly LinkNewWindowUnannouncedRule _rule = new();

    [Theory]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_blank\">NHS 111 online</a>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_new\">NHS 111 online</a>")]
    [InlineData("en-GB", "<a href=\"javascript:window.open('https://111.nhs.uk')\">NHS 111 online</a>")]
    [InlineData("en-GB", "<a href=\"#\" onclick=\"window.open('https://111.nhs.uk'); return false;\">NHS 111 online</a>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_blank\" title=\"Opens in a new window\">NHS 111 online</a>")]
    [InlineData("es-ES", "<a href=\"https://www.sanidad.gob.es\" target=\"_blank\">Ministerio de Sanidad</a>")]
    [InlineData("fr-FR", "<a href=\"https://www.ameli.fr\" target=\"_blank\">Assurance Maladie</a>")]
    [InlineData("de-DE", "<a href=\"https://www.rki.de\" target=\"_blank\">Robert Koch-Institut</a>")]
    [InlineData("ar", "<a href=\"https://www.moh.gov.sa\" target=\"_blank\">وزارة الصحة</a>")]
    public void Check_NewWindowWithoutWarning_Warns(string culture, string html)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html, culture).Of("link-new-window-unannounced"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Empty(finding.Wcag);
        Assert.Null(finding.ActRule);
        Assert.Contains("new window or tab", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_blank\">NHS 111 online (opens in a new tab)</a>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_blank\">NHS 111 online <span class=\"visually-hidden\">opens in a new window</span></a>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_blank\">NHS 111 online <img src=\"ext.svg\" alt=\"New window\"></a>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_blank\" aria-describedby=\"nw\">NHS 111 online</a><span id=\"nw\" hidden>Opens in a new window</span>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\" target=\"_self\">NHS 111 online</a>")]
    [InlineData("en-GB", "<a href=\"https://111.nhs.uk\">NHS 111 online</a>")]
    [InlineData("es-ES", "<a href=\"https://111.nhs.uk\" target=\"_blank\">NHS 111 en línea (se abre en una pestaña nueva)</a>")]
    [InlineData("es-ES", "<a href=\"https://www.sanidad.gob.es\" target=\"_blank\">Ministerio de Sanidad (nueva ventana)</a>")]
    [InlineData("fr-FR", "<a href=\"https://www.ameli.fr\" target=\"_blank\">Assurance Maladie (s’ouvre dans un nouvel onglet)</a>")]
    [InlineData("de-DE", "<a href=\"https://www.rki.de\" target=\"_blank\">Robert Koch-Institut (öffnet in einem neuen Fenster)</a>")]
    [InlineData("ar", "<a href=\"https://www.moh.gov.sa\" target=\"_blank\">وزارة الصحة (يفتح في نافذة جديدة)</a>")]
    [InlineData("ar", "<a href=\"https://www.moh.gov.sa\" target=\"_blank\">وزارة الصحة (تُفتح بنافذة جديدة)</a>")]
    public void Check_WarnedOrSameWindow_FindsNothing(string culture, string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html, culture).Of("link-new-window-unannounced"));

    [Fact]
    public void Check_ArabicUi_MessageInArabic()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<a href=\"https://www.moh.gov.sa\" target=\"_blank\">وزارة الصحة</a>", "ar", uiCulture: "ar").Of("link-new-window-unannounced"));

        Assert.Contains("نافذة", finding.Message, StringComparison.Ordinal);
    }
}
