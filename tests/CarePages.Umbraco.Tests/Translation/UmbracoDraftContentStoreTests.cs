using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using CarePages.Umbraco.Translation;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Actions;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Tests.Translation;

/// <summary>Drafts read from and saved through Umbraco's own <c>ContentEditingService</c>, as the translation workflow does.</summary>
public sealed class UmbracoDraftContentStoreTests
{
    private static readonly Guid RouteKey = ClinicSite.IntranasalRouteKey;

    [Fact]
    public async Task GetDraftAsync_ImportedSampleRoute_ReadsEveryCultureAsTheSampleHasIt()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        using var scope = harness.Services.CreateScope();

        var draft = await scope.ServiceProvider.GetRequiredService<IDraftContentStore>().GetDraftAsync(RouteKey);

        var sample = SampleClinic.Documents.Single(d => d.Id == RouteKey);
        foreach (var culture in new[] { "en-GB", "es-ES", "ar" })
        {
            var expected = TranslatableUnits.Of(CultureDocumentFactory.Create(sample, culture)).Select(u => (u.Path, u.SourceText));
            Assert.Equal(expected, TranslatableUnits.Of(CultureDocumentFactory.Create(draft!, culture)).Select(u => (u.Path, u.SourceText)));
        }
    }

    [Fact]
    public async Task SaveDraftAsync_TranslatorLimitedToSpanish_ChangesOnlySpanishAndLeavesEveryOtherValueByteForByte()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var ana = await SpanishTranslatorAsync(harness);
        using var scope = harness.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IDraftContentStore>();
        var before = harness.GetRequiredService<IContentService>().GetById(RouteKey)!;
        var draft = (await store.GetDraftAsync(RouteKey))!;
        var spanish = TranslatedDraftWriter.Apply(draft, "es-ES", [new(FieldPath.Of(TreatmentRouteType.HowItWorks), FieldKind.RichText, "<p>La ketamina se pulveriza en la nariz.</p>")]);
        // A file that also carries an English change must not reach English: the user may not edit en-GB.
        var spanishAndEnglish = TranslatedDraftWriter.Apply(spanish, "en-GB", [new(FieldPath.Of(TreatmentRouteType.HowItWorks), FieldKind.RichText, "<p>Changed by a Spanish translator.</p>")]);

        var result = await store.SaveDraftAsync(spanishAndEnglish, "es-ES", UmbracoTranslationActors.ReferenceOf(ana), DraftVersion.Of(draft));

        Assert.Empty(result.ValidationIssues);
        var after = harness.GetRequiredService<IContentService>().GetById(RouteKey)!;
        Assert.Contains("pulveriza en la nariz", after.GetValue<string>(TreatmentRouteType.HowItWorks, "es-ES"), StringComparison.Ordinal);
        Assert.Equal(ValuesOutside("es-ES", before), ValuesOutside("es-ES", after));
        Assert.False(after.Published);
    }

    [Fact]
    public async Task SaveDraftAsync_EmptyingAMandatorySpanishValue_SavesTheDraftAndReportsTheFieldAndCulture()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);
        var ana = await SpanishTranslatorAsync(harness);
        using var scope = harness.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IDraftContentStore>();
        var draft = (await store.GetDraftAsync(RouteKey))!;
        var empty = System.Text.Json.JsonDocument.Parse("\"\"").RootElement;
        var withoutSummary = draft with
        {
            Values = draft.Values.Select(v => v.Alias == PageBasicsComposition.Summary && v.Culture == "es-ES" ? v with { Value = empty } : v).ToArray(),
        };

        var result = await store.SaveDraftAsync(withoutSummary, "es-ES", UmbracoTranslationActors.ReferenceOf(ana), DraftVersion.Of(draft));

        var issue = Assert.Single(result.ValidationIssues);
        Assert.Equal((PageBasicsComposition.Summary, "es-ES"), (issue.Property, issue.Culture));
        Assert.True(string.IsNullOrEmpty(harness.GetRequiredService<IContentService>().GetById(RouteKey)!.GetValue<string>(PageBasicsComposition.Summary, "es-ES")));
    }

    private static Task<IUser> SpanishTranslatorAsync(UmbracoHarness harness) =>
        harness.AddSpanishUserAsync("Ana", ActionBrowse.ActionLetter, ActionUpdate.ActionLetter);

    // As stored: a value that is null both as edited and as published is no row at all.
    private static string[] ValuesOutside(string culture, IContent content) => content.Properties
        .SelectMany(p => p.Values.Where(v => v.Culture != culture && (v.EditedValue is not null || v.PublishedValue is not null)).Select(v => $"{p.Alias}|{v.Culture}|{v.EditedValue}|{v.PublishedValue}"))
        .Concat(content.CultureInfos!.Values.Where(c => c.Culture != culture).Select(c => $"name|{c.Culture}|{c.Name}"))
        .Order(StringComparer.Ordinal)
        .ToArray();
}
