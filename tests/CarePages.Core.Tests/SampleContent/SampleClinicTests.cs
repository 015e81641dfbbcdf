using System.Text.RegularExpressions;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.SampleContent;

public sealed class SampleClinicTests
{
    private static readonly Guid IntranasalKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    private static readonly Guid IntramuscularKey = new("4714e67b-4bdc-496c-8e52-c68c58277011");

    public static TheoryData<Guid, string> EveryDocumentInEveryCulture()
    {
        var data = new TheoryData<Guid, string>();
        foreach (var document in SampleClinic.Documents)
        {
            foreach (var culture in SampleClinic.Cultures)
            {
                data.Add(document.Id, culture);
            }
        }

        return data;
    }

    [Fact]
    public void Documents_HoldTheOverviewTwoRoutesAndThreeConditions_ParentsFirst()
    {
        var types = SampleClinic.Documents.Select(d => CarePagesSchema.FindContentType(d.DocumentType.Id)?.Alias).ToList();

        Assert.Equal(1, types.Count(t => t == TreatmentOverviewType.Alias));
        Assert.Equal(2, types.Count(t => t == TreatmentRouteType.Alias));
        Assert.Equal(3, types.Count(t => t == ConditionType.Alias));
        var seen = new HashSet<Guid>();
        foreach (var document in SampleClinic.Documents)
        {
            Assert.True(document.Parent is null || seen.Contains(document.Parent.Id), $"{document.Id} comes before its parent");
            seen.Add(document.Id);
        }
    }

    [Theory]
    [MemberData(nameof(EveryDocumentInEveryCulture))]
    public void Document_InEachCulture_HasEveryMandatoryFieldAndFitsTheLengthLimits(Guid key, string culture)
    {
        var request = SampleClinic.Documents.Single(d => d.Id == key);
        var document = CultureDocumentFactory.Create(request, culture);
        var type = CarePagesSchema.FindContentType(request.DocumentType.Id)!;

        Assert.All(CarePagesSchema.AllProperties(type).Where(p => p.Mandatory), p => Assert.False(document.Field(p.Alias)!.IsEmpty, $"{p.Alias} is empty in {culture}"));
        Assert.All(CarePagesSchema.AllProperties(type).Where(p => p.RegularExpression is not null && document.Text(p.Alias) is not null), p =>
            Assert.Matches(new Regex(p.RegularExpression!), document.Text(p.Alias)!));
    }

    [Fact]
    public void Routes_HowItWorks_DescribesTheirOwnRoute_NotTheArticlesSwappedText()
    {
        var intranasal = CultureDocumentFactory.Create(SampleClinic.Documents.Single(d => d.Id == IntranasalKey), "en-GB");
        var intramuscular = CultureDocumentFactory.Create(SampleClinic.Documents.Single(d => d.Id == IntramuscularKey), "en-GB");

        Assert.Contains("nose", intranasal.Text(TreatmentRouteType.HowItWorks), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("muscle", intranasal.Text(TreatmentRouteType.HowItWorks), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("muscle", intramuscular.Text(TreatmentRouteType.HowItWorks), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nostril", intramuscular.Text(TreatmentRouteType.HowItWorks), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Nasal use"], intranasal.Field(TreatmentRouteType.RouteOfAdministration)!.Items);
        Assert.Equal(["Intramuscular use"], intramuscular.Field(TreatmentRouteType.RouteOfAdministration)!.Items);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("es-ES")]
    [InlineData("ar")]
    public void BookingCallout_IsCompleteWithAFictitiousDramaNumber(string culture)
    {
        var overview = CultureDocumentFactory.Create(SampleClinic.Documents.Single(d => d.DocumentType.Id == TreatmentOverviewType.Key), culture);

        var callout = Assert.Single(overview.Field(TreatmentOverviewType.BookingCallout)!.Elements);
        // Ofcom reserves 020 7946 0000–0999 for drama; no real clinic can be called by mistake.
        Assert.Matches(@"^\+4420794600\d\d$|^\+442079460\d\d\d$", callout.Field(BookingCalloutElementType.PhoneNumber)!.Text!);
        Assert.Matches(@"[.!؟?]$", callout.Field(BookingCalloutElementType.Text)!.Text!.Trim());
        Assert.False(callout.Field(BookingCalloutElementType.Heading)!.IsEmpty);
        Assert.False(callout.Field(BookingCalloutElementType.PhoneLabel)!.IsEmpty);
    }
}
