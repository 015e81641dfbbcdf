using System.Text.RegularExpressions;
using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>The pre-fill's own decisions, with an engine whose answers each test scripts.</summary>
public sealed partial class MachinePrefillServiceTests
{
    private static readonly MachinePrefillRequest RouteIntoSpanish = new([IntranasalRouteKey], "es-ES");

    [Fact]
    public async Task PrefillAsync_EngineDropsInlineCodes_FieldsWithCodesLeftUntranslatedWithTheReasonOthersSaved()
    {
        var fixture = new ExchangeFixture();
        var engine = new ScriptedEngine { Translate = s => $"[es] {PairedCode().Replace(s, "$1")}" };

        var report = await fixture.MachinePrefill(engine).PrefillAsync(RouteIntoSpanish, Ana);

        var document = Assert.Single(report.Documents);
        Assert.True(document.Applied);
        var withCodes = Units(fixture).Where(u => u.Kind == FieldKind.RichText && HasInlineElement(u.SourceText)).Select(u => u.Path.Value).ToHashSet();
        Assert.NotEmpty(withCodes);
        var rejected = document.Fields.Where(f => f.Outcome == FieldImportOutcome.Rejected).ToArray();
        Assert.Equal(withCodes.Order(), rejected.Select(f => f.Path).Order());
        Assert.All(rejected, f => Assert.Contains("is missing", f.Reason, StringComparison.Ordinal));
        var spanish = CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "es-ES");
        var states = (await fixture.States.GetByDocumentAsync(IntranasalRouteKey)).ToDictionary(s => s.Path.Value);
        Assert.All(withCodes, path => Assert.False(states.ContainsKey(path), path));
        Assert.Contains(document.Fields, f => f.Outcome == FieldImportOutcome.MachineTranslated);
        Assert.All(document.Fields.Where(f => f.Outcome == FieldImportOutcome.MachineTranslated),
            f => Assert.StartsWith("[es]", PlainTextSegments.Text(TranslatableUnits.TextAt(spanish, new FieldPath(f.Path))!).TrimStart(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(MachineTranslationStatus.RateLimited, "Try again in a minute")]
    [InlineData(MachineTranslationStatus.Timeout, "did not answer within 60 seconds")]
    [InlineData(MachineTranslationStatus.QuotaExceeded, "quota is used up")]
    [InlineData(MachineTranslationStatus.EngineUnavailable, "could not be reached")]
    [InlineData(MachineTranslationStatus.NotAuthorised, "check the key")]
    public async Task PrefillAsync_EngineFails_NothingWrittenAndTheReasonSaysWhatToDo(MachineTranslationStatus failure, string expected)
    {
        var fixture = new ExchangeFixture();

        var report = await fixture.MachinePrefill(new ScriptedEngine { Failure = failure }).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.Equal(MachinePrefillStatus.NothingApplied, report.Status);
        var document = Assert.Single(report.Documents);
        Assert.False(document.Applied);
        Assert.Contains(expected, document.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("scripted failure", document.Reason, StringComparison.Ordinal);
        Assert.All(document.Fields, f => Assert.Equal(FieldImportOutcome.NotApplied, f.Outcome));
        Assert.Empty(fixture.Drafts.Saves);
        Assert.Empty(await fixture.States.GetByDocumentAsync(IntranasalRouteKey));
    }

    [Fact]
    public async Task PrefillAsync_EngineAnswersFewerSegmentsThanAsked_NothingWritten()
    {
        var fixture = new ExchangeFixture();

        var report = await fixture.MachinePrefill(new ScriptedEngine { AnswerCount = 1 }).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.Contains("could not be read", Assert.Single(report.Documents).Reason, StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public async Task PrefillAsync_EngineAnswersMalformedMarkup_ThatFieldLeftOutAsUnreadable()
    {
        var fixture = new ExchangeFixture();
        var engine = new ScriptedEngine { Translate = s => s.Contains("<g", StringComparison.Ordinal) ? "<g id=\"1\">broken" : $"[es] {s}" };

        var report = await fixture.MachinePrefill(engine).PrefillAsync(RouteIntoSpanish, Ana);

        var rejected = Assert.Single(report.Documents).Fields.Where(f => f.Outcome == FieldImportOutcome.Rejected).ToArray();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, f => Assert.Contains("not well-formed markup", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrefillAsync_AnotherSaveCameFirst_SavedOnTheNewDraftWithoutAskingTheEngineAgain()
    {
        var fixture = new ExchangeFixture();
        var engine = new ScriptedEngine();
        fixture.Drafts.BeforeSave = drafts =>
        {
            drafts.BeforeSave = null;
            drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(drafts[IntranasalRouteKey], "fr-FR", [new TranslatedField(FieldPath.NodeName, FieldKind.PlainText, "Kétamine intranasale")]);
        };

        var report = await fixture.MachinePrefill(engine).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.Equal(MachinePrefillStatus.Success, report.Status);
        Assert.Single(engine.Requests);
        Assert.Equal("Kétamine intranasale", fixture.Drafts[IntranasalRouteKey].NameIn("fr-FR"));
        Assert.StartsWith("[es]", fixture.Drafts[IntranasalRouteKey].NameIn("es-ES"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrefillAsync_ReportLabelledInArabic_ReasonsAndFieldNamesInArabic()
    {
        var fixture = new ExchangeFixture();
        var service = fixture.MachinePrefill(new ScriptedEngine { Failure = MachineTranslationStatus.RateLimited });

        var report = await service.LabelAsync(await service.PrefillAsync(RouteIntoSpanish, Ana), "ar");

        var document = Assert.Single(report.Documents);
        Assert.Equal("طلب Scripted الإبطاء (طلبات كثيرة)؛ لم يُكتب شيء. أعد المحاولة بعد دقيقة.", document.Reason);
        Assert.Contains(document.Fields, f => f.Label == "كيف يعمل");
    }

    [Fact]
    public async Task PrefillAsync_NoEngineConfigured_RefusedWithoutAskingAnything()
    {
        var fixture = new ExchangeFixture();

        var report = await fixture.MachinePrefill(new NoMachineTranslationEngine()).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.Equal(MachinePrefillStatus.NotConfigured, report.Status);
        Assert.Contains("CarePages:MachineTranslation:Engine", Assert.Single(report.Messages), StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public async Task PrefillAsync_CultureNotTheUsers_RefusedAndTheEngineNotAsked()
    {
        var fixture = new ExchangeFixture();
        var engine = new ScriptedEngine();

        var report = await fixture.MachinePrefill(engine).PrefillAsync(RouteIntoSpanish, Rami);

        Assert.Equal(MachinePrefillStatus.CultureNotAllowed, report.Status);
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public async Task PrefillAsync_SourceCulture_Refused()
    {
        var report = await new ExchangeFixture().MachinePrefill(new ScriptedEngine()).PrefillAsync(new([IntranasalRouteKey], "en-GB"), Ana with { Cultures = ["en-GB"] });

        Assert.Equal(MachinePrefillStatus.TargetIsSourceCulture, report.Status);
    }

    [Fact]
    public async Task PrefillAsync_ExactMatchInMemory_TakenFromMemoryAndNotSentToTheEngine()
    {
        var fixture = new ExchangeFixture();
        var name = Units(fixture).Single(u => u.Path == FieldPath.NodeName);
        await fixture.MemoryStore.SaveAsync([new TranslationMemorySegment
        {
            SourceCulture = "en-GB", TargetCulture = "es-ES", SourceText = name.SourceText, TargetText = "Ketamina intranasal",
            DocumentKey = Guid.NewGuid(), Path = FieldPath.NodeName, ApprovedBy = Lucia.Reference, ApprovedAt = Start,
        }]);
        var engine = new ScriptedEngine();

        var report = await fixture.MachinePrefill(engine).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.DoesNotContain(name.SourceText, Assert.Single(engine.Requests).Segments);
        Assert.Equal("Ketamina intranasal", fixture.Drafts[IntranasalRouteKey].NameIn("es-ES"));
        var field = Assert.Single(report.Documents).Fields.Single(f => f.Path == FieldPath.NodeName.Value);
        Assert.Equal(FieldImportOutcome.MachineTranslated, field.Outcome);
        Assert.Contains("0 blocks from the engine, 1 from the translation memory", field.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrefillAsync_RequiredGlossaryTermMissingFromTheDraft_WarnsOnThatFieldAndPassesTheGlossaryToTheEngine()
    {
        var glossary = new InMemoryGlossaryStore([GlossaryEntry.Translate(new LanguagePair("en", "es"), "ketamine", "ketamina")]);
        var fixture = new ExchangeFixture(glossary: glossary);
        var engine = new ScriptedEngine { Translate = s => s };

        var report = await fixture.MachinePrefill(engine).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.Contains(Assert.Single(engine.Requests).Glossary!.Entries, e => e.TargetTerm == "ketamina");
        var warned = Assert.Single(report.Documents).Fields.Where(f => f.Warnings?.Any(w => w.Contains("ketamina", StringComparison.Ordinal)) == true).ToArray();
        Assert.NotEmpty(warned);
        Assert.All(warned, f => Assert.Equal(FieldImportOutcome.MachineTranslated, f.Outcome));
    }

    [Fact]
    public async Task PrefillAsync_FieldApprovedAndCurrent_LeftAlone()
    {
        var fixture = new ExchangeFixture();
        var name = Units(fixture).Single(u => u.Path == FieldPath.NodeName);
        await ApproveAsync(fixture.Workflow, name);

        var report = await fixture.MachinePrefill(new ScriptedEngine()).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.DoesNotContain(Assert.Single(report.Documents).Fields, f => f.Path == FieldPath.NodeName.Value);
        Assert.Equal(TranslationStatus.Approved, (await fixture.States.FindAsync(IntranasalRouteKey, "es-ES", FieldPath.NodeName))!.Status);
    }

    [Fact]
    public async Task PrefillAsync_AgainAfterAPostEdit_KeepsThePostEditAndRedraftsTheRest()
    {
        var fixture = new ExchangeFixture();
        var service = fixture.MachinePrefill(new ScriptedEngine());
        await service.PrefillAsync(RouteIntoSpanish, Ana);
        var name = Units(fixture).Single(u => u.Path == FieldPath.NodeName);
        await fixture.Workflow.EditAsync(name, "es-ES", Ana);

        var again = await fixture.MachinePrefill(new ScriptedEngine { Translate = s => $"[v2] {s}" }).PrefillAsync(RouteIntoSpanish, Ana);

        var fields = Assert.Single(again.Documents).Fields;
        Assert.DoesNotContain(fields, f => f.Path == FieldPath.NodeName.Value);
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(FieldImportOutcome.MachineTranslated, f.Outcome));
        var state = await fixture.States.FindAsync(IntranasalRouteKey, "es-ES", FieldPath.NodeName);
        Assert.Equal(TranslationStatus.Translated, state!.Status);
        Assert.StartsWith("[es]", state.Machine!.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrefillAsync_NothingLeftToPrefill_SaysSoAndWritesNothing()
    {
        var fixture = new ExchangeFixture();
        foreach (var unit in Units(fixture))
        {
            await ApproveAsync(fixture.Workflow, unit);
        }

        var report = await fixture.MachinePrefill(new ScriptedEngine()).PrefillAsync(RouteIntoSpanish, Ana);

        Assert.Equal(MachinePrefillStatus.NothingToPrefill, report.Status);
        Assert.Contains("nothing to pre-fill", Assert.Single(report.Documents).Reason, StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public async Task GetDocumentAsync_MachineDraftPostEdited_ShowsTheReviewerTheEngineOutputBesideThePostEdit()
    {
        var fixture = new ExchangeFixture();
        await fixture.MachinePrefill(new ScriptedEngine()).PrefillAsync(RouteIntoSpanish, Ana);
        fixture.Drafts[IntranasalRouteKey] = TranslatedDraftWriter.Apply(fixture.Drafts[IntranasalRouteKey], "es-ES", [new TranslatedField(FieldPath.NodeName, FieldKind.PlainText, "Ketamina intranasal")]);
        await fixture.Workflow.EditAsync(Units(fixture).Single(u => u.Path == FieldPath.NodeName), "es-ES", Ana);
        var status = new Core.Translation.Status.TranslationStatusService(fixture.Drafts, fixture.States, fixture.Options);

        var fields = (await status.GetDocumentAsync(IntranasalRouteKey, ["es-ES"]))!.Cultures["es-ES"];

        var name = fields.Single(f => f.Path == FieldPath.NodeName.Value);
        Assert.Equal(TranslationStatus.Translated, name.Status);
        Assert.Equal("[es] Intranasal ketamine", name.Machine!.Output);
        Assert.Equal("Ketamina intranasal", name.Machine.Current);
        Assert.True(name.Machine.IsPostEdited);
        var untouched = fields.First(f => f.Status == TranslationStatus.MachineTranslated);
        Assert.False(untouched.Machine!.IsPostEdited);
        Assert.Equal("Scripted", untouched.Machine.Engine);
    }

    private static TranslatableUnit[] Units(ExchangeFixture fixture) =>
        TranslatableUnits.Of(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "en-GB")).ToArray();

    private static bool HasInlineElement(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("a, strong, em, b, i, code, sup, sub, abbr, span, bdi").Length > 0;

    [GeneratedRegex("<g id=\"\\d+\">(.*?)</g>")]
    private static partial Regex PairedCode();
}
