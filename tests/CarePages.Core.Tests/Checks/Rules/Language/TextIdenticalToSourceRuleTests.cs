using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using CarePages.Core.Checks.Rules.Language;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Checks.TestSupport;

namespace CarePages.Core.Tests.Checks.Rules.Language;

public class TextIdenticalToSourceRuleTests
{
    private static readonly Guid CalloutKey = Guid.NewGuid();
    private readonly TextIdenticalToSourceRule _rule = new();

    [Theory]
    [InlineData("es-ES")]
    [InlineData("ar")]
    public void Check_BlockFieldLeftInTheSourceLanguage_WarnsWithTheFieldPath(string culture)
    {
        var source = Document("en-GB", heading: "Book an appointment", summary: "Ketamine may ease long-term pain.");
        var target = Document(culture, heading: "Book an appointment", summary: culture == "ar" ? "قد يخفف الكيتامين الألم المزمن." : "La ketamina puede aliviar el dolor crónico.");

        var finding = Assert.Single(Check(target, source));

        Assert.Equal("text-identical-to-source", finding.RuleId);
        Assert.Equal(FindingSeverity.Warn, finding.Severity);
        Assert.Equal(culture, finding.Culture);
        Assert.Equal("bookingCallout.heading", finding.Property);
        Assert.Equal("This text is the same as in the source language, so it looks untranslated: \"Book an appointment\".", finding.Message);
    }

    [Fact]
    public void Check_RichTextWithOneParagraphLeftUntranslated_WarnsAboutThatPassage()
    {
        var source = Document("en-GB", body: "<p>The spray is easy to use.</p><p>Tell us about all the medicines you take.</p>");
        var target = Document("es-ES", body: "<p>El espray es fácil de usar.</p><p>Tell us about all the medicines you take.</p>");

        var finding = Assert.Single(Check(target, source));

        Assert.Equal("body", finding.Property);
        Assert.Contains("This passage", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Tell us about all the medicines you take.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WholeRichTextFieldUntranslated_ReportsTheFieldOnce()
    {
        var source = Document("en-GB", body: "<p>The spray is easy to use.</p><p>Tell us about all the medicines you take.</p>");
        var target = Document("es-ES", body: "<p>The spray is easy to use.</p>\n<p>Tell us about   all the medicines you take.</p>");

        var finding = Assert.Single(Check(target, source));

        Assert.DoesNotContain("passage", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ketamine", "Ketamine")]
    [InlineData("NHS 111", "NHS 111")]
    [InlineData("020 7946 0123", "020 7946 0123")]
    [InlineData("https://111.nhs.uk/emergency-dental", "https://111.nhs.uk/emergency-dental")]
    [InlineData("Esketamine-hydrochloride", "Esketamine-hydrochloride")]
    [InlineData("Book an appointment", "Pida una cita")]
    public void Check_NamesNumbersUrlsAndTranslatedText_FindNothing(string sourceText, string targetText) =>
        Assert.Empty(Check(Document("es-ES", heading: targetText), Document("en-GB", heading: sourceText)));

    [Fact]
    public void Check_InvariantField_IsNotATranslation()
    {
        var shared = new DocumentField { Alias = "internalNote", Kind = FieldKind.PlainText, VariesByCulture = false, Text = "Shared note for every culture" };
        var source = Document("en-GB", heading: "Book an appointment");
        var target = Document("es-ES", heading: "Reserve una cita");

        Assert.Empty(Check(target with { Fields = [.. target.Fields, shared] }, source with { Fields = [.. source.Fields, shared] }));
    }

    [Fact]
    public void Check_NoSourceOrSameLanguage_FindsNothing()
    {
        var target = Document("en-US", heading: "Book an appointment");

        Assert.Empty(RuleHarness.Document(_rule, target));
        Assert.Empty(Check(target, Document("en-GB", heading: "Book an appointment")));
    }

    [Fact]
    public void Check_MinLengthRaised_AllowsLongerIdenticalTexts()
    {
        var options = new CheckOptions
        {
            Rules = { ["text-identical-to-source"] = new CheckRuleSettings { Parameters = { ["minLength"] = "40" } } },
        };

        Assert.Empty(RuleHarness.Document(_rule, Document("es-ES", heading: "Book an appointment"), new CheckRequest { Culture = "es-ES", SourceDocument = Document("en-GB", heading: "Book an appointment") }, options));
    }

    [Fact]
    public void Check_SpanishUi_MessageInSpanish()
    {
        var findings = RuleHarness.Engine(_rule).CheckDocument(
            Document("es-ES", heading: "Book an appointment"),
            new CheckRequest { Culture = "es-ES", UiCulture = "es", SourceDocument = Document("en-GB", heading: "Book an appointment") }).Findings;

        Assert.Contains("parece sin traducir", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<Finding> Check(CultureDocument target, CultureDocument source) =>
        RuleHarness.Document(_rule, target, new CheckRequest { Culture = target.Culture, SourceDocument = source });

    private static CultureDocument Document(string culture, string? heading = null, string? summary = null, string? body = null) => new()
    {
        Key = Guid.Empty,
        ContentTypeAlias = TreatmentOverviewType.Alias,
        Culture = culture,
        Name = "Ketamine",
        Fields =
        [
            new DocumentField { Alias = "summary", Kind = FieldKind.MultilineText, VariesByCulture = true, Text = summary },
            new DocumentField { Alias = "body", Kind = FieldKind.RichText, VariesByCulture = true, Text = body },
            new DocumentField
            {
                Alias = TreatmentOverviewType.BookingCallout,
                Kind = FieldKind.Blocks,
                Elements =
                [
                    new DocumentElement(CalloutKey, BookingCalloutElementType.Alias,
                    [
                        new DocumentField { Alias = BookingCalloutElementType.Heading, Kind = FieldKind.PlainText, VariesByCulture = true, Text = heading },
                        new DocumentField { Alias = BookingCalloutElementType.PhoneNumber, Kind = FieldKind.Phone, Text = "+442079460123" },
                    ]),
                ],
            },
        ],
    };
}
