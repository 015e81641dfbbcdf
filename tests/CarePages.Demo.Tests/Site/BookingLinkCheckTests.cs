using CarePages.Core.Checks;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema.ContentTypes;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Site;

public class BookingLinkCheckTests : IClassFixture<DemoAppFactory>
{
    private readonly DemoAppFactory _factory;

    public BookingLinkCheckTests(DemoAppFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/book", "link-callout-page-missing")]
    [InlineData(SampleUrls.SpanishIntranasalRoute, "link-callout-page-missing")]
    [InlineData(SampleUrls.EnglishIntranasalRoute, null)]
    public void CheckDocument_DemosEngine_ReportsABookingLinkToNoPageOrAnotherLanguage(string url, string? expected)
    {
        _ = _factory.CreateClient();
        var engine = _factory.Services.GetRequiredService<CheckEngine>();
        var overview = CultureDocumentFactory.Create(SampleClinic.Documents.Single(d => d.DocumentType.Id == TreatmentOverviewType.Key), "en-GB");
        var withLink = WithBookingUrl(overview, url);

        var findings = engine.CheckDocument(withLink, new CheckRequest { Culture = "en-GB" }).Findings.Where(f => f.RuleId == "link-callout-page-missing");

        Assert.Equal(expected is null ? [] : [expected], findings.Select(f => f.RuleId));
    }

    private static CultureDocument WithBookingUrl(CultureDocument document, string url) => document with
    {
        Fields = document.Fields.Select(f => f.Alias != TreatmentOverviewType.BookingCallout ? f : f with
        {
            Elements = f.Elements.Select(e => e with
            {
                Fields = [.. e.Fields.Where(x => x.Alias != BookingCalloutElementType.BookingUrl), new DocumentField { Alias = BookingCalloutElementType.BookingUrl, Kind = Core.Schema.FieldKind.PlainText, Text = url }],
            }).ToArray(),
        }).ToArray(),
    };
}
