using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Headings;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Headings;

public class HeadingFakeRuleTests
{
    private readonly HeadingFakeRule _rule = new();

    [Theory]
    [InlineData("en-GB", "<p><strong>Side effects</strong></p><p>Ketamine can cause side effects.</p>", "Side effects")]
    [InlineData("en-GB", "<p><b>Your first visit</b></p><ul><li>We check your blood pressure.</li></ul>", "Your first visit")]
    [InlineData("en-GB", "<p style=\"font-weight: 700\">Your first visit</p><p>You meet a pain specialist.</p>", "Your first visit")]
    [InlineData("en-GB", "<p><span style=\"font-weight:bold\">Your first visit</span></p><p>You meet a pain specialist.</p>", "Your first visit")]
    [InlineData("es-ES", "<p><strong>Efectos secundarios</strong></p><p>La ketamina puede causar efectos secundarios.</p>", "Efectos secundarios")]
    [InlineData("ar", "<p><strong>الآثار الجانبية</strong></p><p>قد يسبب الكيتامين آثارًا جانبية.</p>", "الآثار الجانبية")]
    public void Check_ShortBoldParagraphFollowedByText_WarnsPerLanguage(string culture, string html, string text)
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, html, culture));

        Assert.Equal("heading-fake", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(culture, finding.Culture);
        Assert.Contains("\"" + text + "\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "<p><strong>Call 999 now if:</strong></p><ul><li>you have chest pain</li></ul>")]
    [InlineData("en-GB", "<p><strong>Do not drive after your treatment.</strong></p><p>Someone must take you home.</p>")]
    [InlineData("en-GB", "<p><strong>Is ketamine right for me?</strong></p><p>A specialist will tell you.</p>")]
    [InlineData("es-ES", "<p><strong>¿Es la ketamina adecuada para mí?</strong></p><p>Se lo dirá un especialista.</p>")]
    [InlineData("ar", "<p><strong>هل يناسبني الكيتامين؟</strong></p><p>سيخبرك الأخصائي.</p>")]
    [InlineData("ar", "<p><strong>اتصل بالرقم <bdi>999</bdi> فورًا إذا:</strong></p><ul><li>شعرت بألم في الصدر</li></ul>")]
    [InlineData("en-GB", "<p><strong>Refractory pain</strong> is pain that does not get better.</p><p>More text.</p>")]
    [InlineData("en-GB", "<p><strong>Side effects</strong></p>")]
    [InlineData("en-GB", "<p><strong>Side effects</strong></p><h3>Common</h3>")]
    [InlineData("en-GB", "<p><strong>Warning</strong></p><p><strong>Keep it locked away</strong></p>")]
    [InlineData("en-GB", "<p><strong>Note</strong></p><p>Text.</p>")]
    [InlineData("en-GB", "<p><strong><a href=\"/book\">Book an appointment</a></strong></p><p>Text.</p>")]
    [InlineData("en-GB", "<ul><li><p><strong>Intranasal ketamine</strong></p><p>A spray.</p></li></ul>")]
    [InlineData("en-GB", "<p><strong>Side effects <span style=\"font-weight:normal\">(common)</span></strong></p><p>Text.</p>")]
    public void Check_SentenceLeadInOrNotAHeading_FindsNothing(string culture, string html) =>
        Assert.Empty(RuleHarness.RichText(_rule, html, culture));

    [Fact]
    public void Check_LongerThanMaxLength_FindsNothingUnlessRaised()
    {
        var html = "<p><strong>" + new string('a', 60) + " " + new string('b', 70) + "</strong></p><p>Text.</p>";
        var options = new CheckOptions { Rules = { ["heading-fake"] = new CheckRuleSettings { Parameters = { ["maxLength"] = "200" } } } };

        Assert.Empty(RuleHarness.RichText(_rule, html));
        Assert.Single(RuleHarness.RichText(_rule, html, options: options));
    }

    [Fact]
    public void Check_GermanUi_MessageInGerman()
    {
        var finding = Assert.Single(RuleHarness.RichText(_rule, "<p><strong>Nebenwirkungen</strong></p><p>Text.</p>", "de-DE", uiCulture: "de"));

        Assert.Contains("„Nebenwirkungen“", finding.Message, StringComparison.Ordinal);
    }
}
