using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Language;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Language;

/// <summary>The three page-language rules: missing (b5c3f8), invalid (bf051a) and not the culture being published.</summary>
public class PageLangRulesTests
{
    private readonly PageLangMissingRule _missing = new();
    private readonly PageLangInvalidRule _invalid = new();
    private readonly PageLangMismatchRule _mismatch = new();

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>Text</body></html>")]
    [InlineData("<!DOCTYPE html><html lang=\"\"><body>Text</body></html>")]
    [InlineData("<!DOCTYPE html><html lang=\" \"><body>Text</body></html>")]
    [InlineData("<!DOCTYPE html><html xml:lang=\"en\"><body>Text</body></html>")]
    [InlineData("<p>A page without doctype or html tag</p>")]
    public void PageLangMissing_NoOrBlankLang_BlocksSuggestingTheCulture(string html)
    {
        var finding = Assert.Single(RuleHarness.Page(_missing, html, "es-ES"));

        Assert.Equal("page-lang-missing", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["3.1.1"], finding.Wcag);
        Assert.Equal("b5c3f8", finding.ActRule);
        Assert.StartsWith("<html", finding.Snippet, StringComparison.Ordinal);
        Assert.Contains("lang=\"es-ES\"", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html lang=\"en\"><body>Text</body></html>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" lang=\"fr\"></svg>")]
    [InlineData("<math lang=\"en\">x</math>")]
    public void PageLangMissing_LangOrNotAnHtmlPage_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.Page(_missing, html, "en-GB"));

    [Fact]
    public void PageLangMissing_RichTextField_DoesNotRun() =>
        Assert.Empty(RuleHarness.RichText(_missing, "<p>Text</p>"));

    [Theory]
    [InlineData("english")]
    [InlineData("#1")]
    [InlineData("em")]
    [InlineData("en_GB")]
    public void PageLangInvalid_UnknownPrimarySubtag_Blocks(string lang)
    {
        var finding = Assert.Single(RuleHarness.Page(_invalid, $"<!DOCTYPE html><html lang=\"{lang}\"></html>", "en-GB"));

        Assert.Equal("page-lang-invalid", finding.RuleId);
        Assert.Equal("bf051a", finding.ActRule);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Contains($"\"{lang}\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("lang=\"en-GB\"", finding.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void PageLangInvalid_ThreeLetterCode_SuggestsTheTwoLetterOne()
    {
        var finding = Assert.Single(RuleHarness.Page(_invalid, "<!DOCTYPE html><html lang=\"ara\"></html>", "ar"));

        Assert.Contains("\"ar\"", finding.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("en-US-GB")]
    [InlineData(" ")]
    [InlineData("")]
    public void PageLangInvalid_ValidOrBlank_FindsNothing(string lang) =>
        Assert.Empty(RuleHarness.Page(_invalid, $"<!DOCTYPE html><html lang=\"{lang}\"></html>", "en-GB"));

    [Theory]
    [InlineData("es-ES", "en-GB")]
    [InlineData("ar", "en")]
    [InlineData("en-GB", "es")]
    public void PageLangMismatch_ValidLangOfAnotherLanguage_Blocks(string culture, string lang)
    {
        var finding = Assert.Single(RuleHarness.Page(_mismatch, $"<!DOCTYPE html><html lang=\"{lang}\"><body>Text</body></html>", culture));

        Assert.Equal("page-lang-mismatch", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Null(finding.ActRule);
        Assert.Contains($"\"{lang}\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains(culture, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-ES", "es")]
    [InlineData("es-ES", "ES-mx")]
    [InlineData("ar", "ar")]
    [InlineData("en-GB", "english")]
    [InlineData("en-GB", "")]
    public void PageLangMismatch_SameLanguageOrLeftToTheOtherRules_FindsNothing(string culture, string lang) =>
        Assert.Empty(RuleHarness.Page(_mismatch, $"<!DOCTYPE html><html lang=\"{lang}\"><body>Text</body></html>", culture));

    [Fact]
    public void PageLangMismatch_ArabicUi_MessageInArabic()
    {
        var finding = Assert.Single(RuleHarness.Engine(_mismatch).CheckPage(
            "<!DOCTYPE html><html lang=\"en\"><body>Text</body></html>", new CheckRequest { Culture = "ar", UiCulture = "ar" }).Findings);

        Assert.Contains("تُنشر باللغة ar", finding.Message, StringComparison.Ordinal);
    }
}
