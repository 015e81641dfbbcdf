using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Links;

public class LinkDocumentUnannouncedRuleTests
{
    private readonly LinkDocumentUnannouncedRule _rule = new();

    [Theory]
    [InlineData("en-GB", "/media/knee-exercises.pdf", "Knee exercises", "PDF")]
    [InlineData("en-GB", "/media/consent.docx?download=1", "Consent form", "DOCX")]
    [InlineData("en-GB", "/media/consent.doc#page=2", "Ask your doctor", "DOC")]
    [InlineData("es-ES", "/media/ejercicios-rodilla.pdf", "Ejercicios para la rodilla", "PDF")]
    [InlineData("fr-FR", "/media/exercices-genou.pdf", "Exercices pour le genou", "PDF")]
    [InlineData("de-DE", "/media/kniegymnastik.xlsx", "Kniegymnastik zum Ausdrucken", "XLSX")]
    [InlineData("ar", "/media/knee.pdf", "تمارين الركبة", "PDF")]
    public void Check_DocumentLinkWithoutType_WarnsNamingTheType(string culture, string href, string text, string type)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p><a href=\"{href}\">{text}</a></p>", culture).Of("link-document-unannounced"));

        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(["2.4.4"], finding.Wcag);
        Assert.Contains($"a {type} file", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Knee exercises (PDF, 300 KB)")]
    [InlineData("en-GB", "Consent form (Word document)")]
    [InlineData("en-GB", "Download the knee exercises")]
    [InlineData("es-ES", "Ejercicios para la rodilla (PDF, 300 KB)")]
    [InlineData("es-ES", "Documento de consentimiento informado")]
    [InlineData("fr-FR", "Formulaire de consentement (fichier Word)")]
    [InlineData("fr-FR", "Télécharger les exercices pour le genou")]
    [InlineData("de-DE", "Einwilligungserklärung (PDF-Datei)")]
    [InlineData("de-DE", "Patientendokument Kniegymnastik")]
    [InlineData("ar", "تمارين الركبة (ملف PDF)")]
    [InlineData("ar", "تحميل الملف")]
    [InlineData("ar", "نموذج الموافقة (مستند)")]
    public void Check_NameSaysTheType_FindsNothing(string culture, string text) =>
        Assert.Empty(RuleHarness.RichText(_rule, $"<a href=\"/media/file.pdf\">{text}</a>", culture).Of("link-document-unannounced"));

    [Theory]
    [InlineData("<p><a href=\"/media/knee.pdf\">Knee exercises</a> (PDF, 300 KB)</p>")]
    [InlineData("<p><a href=\"/media/knee.pdf\">Knee exercises</a> <small>PDF</small></p>")]
    [InlineData("<a href=\"/treatments/knee\">Knee exercises</a>")]
    [InlineData("<a href=\"https://example.org\">Example</a>")]
    [InlineData("<a href=\"/media/knee.pdf\"></a>")]
    [InlineData("<a href=\"mailto:leaflets@example.pdf\">Write to us</a>")]
    public void Check_TypeRightAfterTheLinkOrNotADocument_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html).Of("link-document-unannounced"));

    [Fact]
    public void Check_ExtensionListChangedInSettings_UsesTheSetting()
    {
        var options = new CheckOptions { Rules = { ["link-document-unannounced"] = new CheckRuleSettings { Parameters = { ["extensions"] = "pdf, .mp3" } } } };

        var findings = RuleHarness.RichText(_rule, "<a href=\"/a.mp3\">Relaxation exercise</a><a href=\"/b.docx\">Consent form</a>", options: options).Of("link-document-unannounced");

        Assert.Contains("MP3", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FrenchUi_MessageInFrench()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<a href=\"/a.pdf\">Exercices</a>", "fr-FR", uiCulture: "fr").Of("link-document-unannounced"));

        Assert.Contains("fichier PDF", finding.Message, StringComparison.Ordinal);
    }
}
