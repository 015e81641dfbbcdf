using AngleSharp.Html.Parser;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Machine.Apertium;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>The sample route pre-filled into Spanish by a real apertium-apy, then post-edited, reviewed and published.</summary>
[Collection(ApertiumTests.Name)]
public sealed class MachinePrefillApertiumTests(ApertiumService apertium)
{
    [ApertiumFact]
    public async Task PrefillAsync_RouteIntoSpanish_EveryFieldIsAMachineDraftWithTheSourceMarkupAndLinks()
    {
        var fixture = new ExchangeFixture();

        var report = await fixture.MachinePrefill(Engine()).PrefillAsync(new([IntranasalRouteKey], "es-ES"), Ana);

        Assert.Equal(MachinePrefillStatus.Success, report.Status);
        Assert.StartsWith("apertium-apy en-es", report.EngineVersion, StringComparison.Ordinal);
        var document = Assert.Single(report.Documents);
        Assert.True(document.Applied, document.Reason);
        var source = TranslatableUnits.Of(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "en-GB")).ToArray();
        var leftOut = document.Fields.Where(f => f.Outcome != FieldImportOutcome.MachineTranslated).ToArray();
        Assert.All(leftOut, f =>
        {
            // Spanish runs longer than English: a draft over a field's limit is left for the translator, with the limit named.
            Assert.Equal(FieldImportOutcome.Rejected, f.Outcome);
            Assert.Contains($"at most {source.Single(u => u.Path.Value == f.Path).MaxLength}.", f.Reason, StringComparison.Ordinal);
        });
        Assert.True(leftOut.Length <= 1, string.Join(", ", leftOut.Select(f => f.Path)));
        var spanish = CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "es-ES");
        Assert.Equal(source.Length, document.Fields.Count);
        foreach (var unit in source.Where(u => leftOut.All(f => f.Path != u.Path.Value)))
        {
            var translated = TranslatableUnits.TextAt(spanish, unit.Path);
            Assert.False(string.IsNullOrWhiteSpace(translated), unit.Path.Value);
            if (unit.Kind == FieldKind.RichText)
            {
                Assert.Equal(MarkupOf(unit.SourceText), MarkupOf(translated!));
            }
        }

        // Apertium leaves words it does not know as they are ("Intranasal ketamine"), but it translates most fields.
        Assert.True(source.Count(u => TranslatableUnits.TextAt(spanish, u.Path) is { } text && text != u.SourceText) > source.Length / 2);
    }

    [ApertiumFact]
    public async Task PrefillAsync_RouteIntoSpanish_StatesKeepTheOriginAndTheAuditTrailNamesTheEngine()
    {
        var fixture = new ExchangeFixture();

        await fixture.MachinePrefill(Engine()).PrefillAsync(new([IntranasalRouteKey], "es-ES"), Ana);

        var states = (await fixture.States.GetByDocumentAsync(IntranasalRouteKey)).Where(s => s.Culture == "es-ES").ToArray();
        Assert.NotEmpty(states);
        Assert.All(states, s =>
        {
            Assert.Equal(TranslationStatus.MachineTranslated, s.Status);
            Assert.Equal("Apertium", s.Machine!.Engine);
            Assert.Equal("ana", s.Machine.RequestedBy.UserKey);
            Assert.Equal(Start, s.Machine.At);
            Assert.Null(s.TranslatedBy);
        });
        var trail = await fixture.Workflow.GetAuditTrailAsync(IntranasalRouteKey);
        Assert.All(trail.Where(e => e.Action == Core.Translation.Audit.TranslationAction.MachineTranslate),
            e => Assert.EndsWith("by Apertium (apertium-apy en-es)", e.Details, StringComparison.Ordinal));
    }

    [ApertiumFact]
    public async Task PrefillAsync_ThenPostEditedAndApprovedByAQualifiedReviewer_OnlyThenPublishes()
    {
        var fixture = new ExchangeFixture();
        await fixture.MachinePrefill(Engine()).PrefillAsync(new([IntranasalRouteKey], "es-ES"), Ana);
        var units = TranslatableUnits.Of(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "en-GB")).ToArray();

        var blockers = await fixture.Workflow.GetPublishBlockersAsync(units, "es-ES");
        Assert.Equal(units.Length, blockers.Count);
        Assert.Contains(blockers, b => b.Status == TranslationStatus.MachineTranslated);
        Assert.All(blockers, b => Assert.True(b.Status is TranslationStatus.MachineTranslated or TranslationStatus.Untranslated, $"{b.Path}: {b.Status}"));
        Assert.Equal(TranslationOperationStatus.TranslationsNotApproved, await fixture.Workflow.RecordPublishAsync(IntranasalRouteKey, units, "es-ES", Lucia));

        foreach (var unit in units)
        {
            Assert.Equal(TranslationOperationStatus.Success, (await fixture.Workflow.EditAsync(unit, "es-ES", Ana)).Status);
            Assert.Equal(TranslationOperationStatus.Success, (await fixture.Workflow.SubmitForReviewAsync(unit, "es-ES", Ana)).Status);
            Assert.Equal(TranslationOperationStatus.CultureNotAllowed, (await fixture.Workflow.ApproveAsync(unit, "es-ES", Rami with { CanReview = true })).Status);
            Assert.Equal(TranslationOperationStatus.Success, (await fixture.Workflow.ApproveAsync(unit, "es-ES", Lucia)).Status);
        }

        Assert.Empty(await fixture.Workflow.GetPublishBlockersAsync(units, "es-ES"));
        Assert.Equal(TranslationOperationStatus.Success, await fixture.Workflow.RecordPublishAsync(IntranasalRouteKey, units, "es-ES", Lucia));
        var approved = await fixture.States.FindAsync(IntranasalRouteKey, "es-ES", FieldPath.NodeName);
        Assert.Equal("Apertium", approved!.Machine!.Engine);
    }

    [ApertiumFact]
    public async Task PrefillAsync_IntoArabic_RefusedNamingThePairsTheServerOffers()
    {
        var fixture = new ExchangeFixture();

        var report = await fixture.MachinePrefill(Engine()).PrefillAsync(new([IntranasalRouteKey], "ar"), Rami);

        Assert.Equal(MachinePrefillStatus.LanguagePairNotSupported, report.Status);
        var message = Assert.Single(report.Messages);
        Assert.StartsWith("No engine for en-GB→ar: Apertium offers ", message, StringComparison.Ordinal);
        Assert.Contains("en → es", message, StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [ApertiumFact]
    public async Task DescribeAsync_RealService_OffersEnglishToSpanishWithTwoLetterCodes()
    {
        var description = await Engine().DescribeAsync();

        Assert.Equal(MachineTranslationStatus.Success, description.Status);
        Assert.Equal(new("en", "es"), description.PairFor("en-GB", "es-ES"));
        Assert.Null(description.PairFor("en-GB", "ar"));
    }

    [ApertiumFact]
    public async Task TranslateAsync_SegmentWithCodes_KeepsEveryCodeAndEscapedCharacter()
    {
        var result = await Engine().TranslateAsync(new("en-GB", "es-ES", ["Take <g id=\"1\">one</g> dose &amp; rest.<x id=\"2\"/>"]));

        Assert.True(result.Succeeded, result.Detail);
        var translated = Assert.Single(result.Translations);
        Assert.Contains("<g id=\"1\">", translated, StringComparison.Ordinal);
        Assert.Contains("<x id=\"2\"/>", translated, StringComparison.Ordinal);
        Assert.Contains("&amp;", translated, StringComparison.Ordinal);
    }

    private ApertiumEngine Engine() => new(new HttpClient(), new MachineTranslationOptions { Engine = MachineTranslationEngines.Apertium, Apertium = { BaseAddress = apertium.BaseAddress } });

    // Every element of the HTML with its address, in document order: what a rebuilt translation must keep.
    private static string[] MarkupOf(string html) => new HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*")
        .Select(e => $"{e.LocalName}{(e.GetAttribute("href") is { } href ? $"[{href}]" : string.Empty)}")
        .Order(StringComparer.Ordinal)
        .ToArray();
}
