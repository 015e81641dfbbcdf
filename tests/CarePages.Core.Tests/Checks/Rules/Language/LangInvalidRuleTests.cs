using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Language;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Language;

/// <summary>Beyond the shared ACT subset, these include the published de46e4 examples the subset leaves out.</summary>
public class LangInvalidRuleTests
{
    private readonly LangInvalidRule _rule = new();

    [Theory]
    [InlineData("<p lang=\"english\">Take it with food.</p>", "english")]
    [InlineData("<p lang=\"dutch\">Neem het in met voedsel.</p>", "dutch")]
    [InlineData("<p lang=\"#!\">Take it with food.</p>", "#!")]
    [InlineData("<p lang=\"en_GB\">Take it with food.</p>", "en_GB")]
    [InlineData("<p lang=\"i-lux\">Lëtzebuerg ass e Land an Europa.</p>", "i-lux")]
    [InlineData("<article lang=\"English\"><p aria-hidden=\"true\">Still seen on screen.</p></article>", "English")]
    [InlineData("<article lang=\"English\"><p style=\"position: absolute; top: -9999px\">Off screen but read out.</p></article>", "English")]
    [InlineData("<div lang=\"invalid\"><img src=\"f.jpg\" alt=\"Fireworks over Paris\"></div>", "invalid")]
    [InlineData("<article lang=\"en\"><div lang=\"invalid\">Inner text.</div></article>", "invalid")]
    public void Check_InvalidLangDecidingSomeText_Blocks(string html, string value)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html));

        Assert.Equal("lang-invalid", finding.RuleId);
        Assert.Equal(FindingSeverity.Block, finding.Severity);
        Assert.Equal(["3.1.2"], finding.Wcag);
        Assert.Equal("de46e4", finding.ActRule);
        Assert.Contains($"\"{value}\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlankLang_BlocksWithBlankVariant()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<article lang=\"  \">Take it with food.</article>"));

        Assert.Contains("only spaces", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("eng", "en")]
    [InlineData("spa", "es")]
    [InlineData("ara", "ar")]
    public void Check_ThreeLetterCodeOfATwoLetterLanguage_SuggestsTheTwoLetterCode(string value, string suggestion)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, $"<p lang=\"{value}\">Text</p>"));

        Assert.Contains($"\"{value}\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal($"Use the two-letter code \"{suggestion}\" instead.", finding.Hint);
    }

    [Theory]
    [InlineData("<p lang=\"en\">Take it with food.</p>")]
    [InlineData("<p lang=\"EN\">Take it with food.</p>")]
    [InlineData("<blockquote lang=\"fr-CH\">Prenez-le avec de la nourriture.</blockquote>")]
    [InlineData("<p lang=\"en-US-GB\">Region subtags are not judged.</p>")]
    [InlineData("<p lang=\"ar-EG\">نص</p>")]
    [InlineData("<p lang=\"yue\">Cantonese</p>")]
    [InlineData("<p lang=\"syl\">Sylheti</p>")]
    [InlineData("<p lang=\"\">Empty lang takes no part.</p>")]
    [InlineData("<article lang=\"invalid\"><div lang=\"en\">Text inherits from the div.</div></article>")]
    [InlineData("<div lang=\"invalid\"><img src=\"f.jpg\" alt=\"\"></div>")]
    [InlineData("<p lang=\"hidden\"><span style=\"display: none;\">Not rendered.</span></p>")]
    [InlineData("<p lang=\"xx\" hidden>Hidden.</p>")]
    [InlineData("<div lang=\"invalid\"><img src=\"f.jpg\" alt=\"Fireworks\" aria-hidden=\"true\"></div>")]
    [InlineData("<div lang=\"invalid\">   </div>")]
    public void Check_ValidOrDecidingNoText_FindsNothing(string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html));

    [Fact]
    public void Check_WholePage_LeavesTheHtmlElementToThePageRules() =>
        Assert.Empty(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"english\"><body>Text.</body></html>"));

    [Fact]
    public void Check_WholePage_IgnoresLangOutsideTheBody() =>
        Assert.Empty(RuleHarness.Page(_rule, "<!DOCTYPE html><html lang=\"en\"><head><title lang=\"xx\">Title</title></head><body>Text.</body></html>"));

    [Theory]
    [InlineData("es", "no es un código de idioma")]
    [InlineData("fr", "n'est pas un code de langue")]
    [InlineData("de", "kein Sprachcode")]
    [InlineData("ar", "ليست رمز لغة")]
    public void Check_UiLanguage_MessageInThatLanguage(string uiCulture, string expected)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p lang=\"english\">Text</p>", uiCulture: uiCulture));

        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }
}
