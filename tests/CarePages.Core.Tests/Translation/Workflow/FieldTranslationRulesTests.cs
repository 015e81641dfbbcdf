using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;
using Op = CarePages.Core.Translation.Workflow.TranslationOperationStatus;
using S = CarePages.Core.Translation.Workflow.TranslationStatus;

namespace CarePages.Core.Tests.Translation.Workflow;

public sealed class FieldTranslationRulesTests
{
    public static TheoryData<TranslationAction, S, Op, S> Transitions => new()
    {
        { TranslationAction.Export, S.Untranslated, Op.Success, S.InTranslation },
        { TranslationAction.Export, S.InTranslation, Op.Success, S.InTranslation },
        { TranslationAction.Export, S.Translated, Op.Success, S.InTranslation },
        { TranslationAction.Export, S.InReview, Op.Success, S.InTranslation },
        { TranslationAction.Export, S.Approved, Op.AlreadyApproved, S.Approved },
        { TranslationAction.Import, S.Untranslated, Op.InvalidTransition, S.Untranslated },
        { TranslationAction.Import, S.InTranslation, Op.Success, S.Translated },
        { TranslationAction.Import, S.Translated, Op.Success, S.Translated },
        { TranslationAction.Import, S.InReview, Op.InvalidTransition, S.InReview },
        { TranslationAction.Import, S.Approved, Op.InvalidTransition, S.Approved },
        { TranslationAction.Edit, S.Untranslated, Op.Success, S.Translated },
        { TranslationAction.Edit, S.InTranslation, Op.Success, S.Translated },
        { TranslationAction.Edit, S.Translated, Op.Success, S.Translated },
        { TranslationAction.Edit, S.InReview, Op.Success, S.Translated },
        { TranslationAction.Edit, S.Approved, Op.Success, S.Translated },
        { TranslationAction.SubmitForReview, S.Untranslated, Op.InvalidTransition, S.Untranslated },
        { TranslationAction.SubmitForReview, S.InTranslation, Op.InvalidTransition, S.InTranslation },
        { TranslationAction.SubmitForReview, S.Translated, Op.Success, S.InReview },
        { TranslationAction.SubmitForReview, S.InReview, Op.InvalidTransition, S.InReview },
        { TranslationAction.SubmitForReview, S.Approved, Op.InvalidTransition, S.Approved },
        { TranslationAction.Approve, S.Untranslated, Op.InvalidTransition, S.Untranslated },
        { TranslationAction.Approve, S.InTranslation, Op.InvalidTransition, S.InTranslation },
        { TranslationAction.Approve, S.Translated, Op.InvalidTransition, S.Translated },
        { TranslationAction.Approve, S.InReview, Op.Success, S.Approved },
        { TranslationAction.Approve, S.Approved, Op.InvalidTransition, S.Approved },
        { TranslationAction.NoRetranslationNeeded, S.Translated, Op.NotOutdated, S.Translated },
        { TranslationAction.Publish, S.Approved, Op.InvalidTransition, S.Approved },
        { TranslationAction.MachineTranslate, S.Untranslated, Op.Success, S.MachineTranslated },
        { TranslationAction.MachineTranslate, S.MachineTranslated, Op.Success, S.MachineTranslated },
        { TranslationAction.MachineTranslate, S.InTranslation, Op.InvalidTransition, S.InTranslation },
        { TranslationAction.MachineTranslate, S.Translated, Op.InvalidTransition, S.Translated },
        { TranslationAction.MachineTranslate, S.InReview, Op.InvalidTransition, S.InReview },
        { TranslationAction.MachineTranslate, S.Approved, Op.InvalidTransition, S.Approved },
        { TranslationAction.Edit, S.MachineTranslated, Op.Success, S.Translated },
        { TranslationAction.SubmitForReview, S.MachineTranslated, Op.Success, S.InReview },
        { TranslationAction.Approve, S.MachineTranslated, Op.InvalidTransition, S.MachineTranslated },
        { TranslationAction.Import, S.MachineTranslated, Op.InvalidTransition, S.MachineTranslated },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Refusal_ForACurrentField_FollowsTheTransitionTable(TranslationAction action, S from, Op expected, S to)
    {
        var state = Current(from);

        var refusal = FieldTranslationRules.Refusal(action, state, Lucia);
        var after = refusal == Op.Success ? FieldTranslationRules.Apply(action, state, Unit()) : state;

        Assert.Equal(expected, refusal);
        Assert.Equal(to, after.EffectiveStatus);
    }

    [Fact]
    public void Refusal_ExportOfAnOutdatedApprovedField_IsAllowedAndMakesItCurrent()
    {
        var state = Outdated(S.Approved);

        Assert.Equal(Op.Success, FieldTranslationRules.Refusal(TranslationAction.Export, state, Ana));
        var after = FieldTranslationRules.Apply(TranslationAction.Export, state, Unit("New text."));
        Assert.Equal(S.InTranslation, after.EffectiveStatus);
        Assert.Equal(SourceFingerprint.Of("New text."), after.SourceFingerprint);
    }

    [Fact]
    public void Refusal_ApprovalByTheTranslator_IsSelfApproval()
    {
        var state = Current(S.InReview) with { TranslatedBy = Lucia.Reference };

        Assert.Equal(Op.SelfApproval, FieldTranslationRules.Refusal(TranslationAction.Approve, state, Lucia));
    }

    [Fact]
    public void Refusal_ApprovalBySomeoneWhoCannotReview_IsNotReviewer()
    {
        Assert.Equal(Op.NotReviewer, FieldTranslationRules.Refusal(TranslationAction.Approve, Current(S.InReview), Editor));
    }

    [Fact]
    public void Refusal_ApprovalOfAnOutdatedTranslation_IsSourceOutdated()
    {
        Assert.Equal(Op.SourceOutdated, FieldTranslationRules.Refusal(TranslationAction.Approve, Outdated(S.InReview), Lucia));
    }

    [Fact]
    public void ObserveSource_ChangedText_KeepsTheStatusAndTheOldAndNewSourceForTheDiff()
    {
        var after = FieldTranslationRules.ObserveSource(Current(S.Approved), Unit("Use three sprays."));

        Assert.Equal(S.Outdated, after.EffectiveStatus);
        Assert.Equal(S.Approved, after.Status);
        Assert.Equal(Unit().SourceText, after.PendingSourceChange!.OldSourceText);
        Assert.Equal("Use three sprays.", after.PendingSourceChange.NewSourceText);
    }

    [Fact]
    public void ObserveSource_OnlyWhiteSpaceChanged_StaysCurrent()
    {
        var rewrapped = Unit().SourceText.Replace(" ", "\r\n  ", StringComparison.Ordinal);

        Assert.Equal(S.Approved, FieldTranslationRules.ObserveSource(Current(S.Approved), Unit(rewrapped)).EffectiveStatus);
    }

    [Fact]
    public void ObserveSource_SourceChangedBack_IsCurrentAgain()
    {
        var outdated = FieldTranslationRules.ObserveSource(Current(S.Approved), Unit("Use three sprays."));

        Assert.Equal(S.Approved, FieldTranslationRules.ObserveSource(outdated, Unit()).EffectiveStatus);
    }

    [Fact]
    public void Apply_ImportOfATranslationFromAnOlderSource_IsTranslatedButOutdated()
    {
        var exported = Current(S.InTranslation);

        var after = FieldTranslationRules.Apply(TranslationAction.Import, exported, Unit("Use three sprays."), exported.SourceFingerprint);

        Assert.Equal(S.Outdated, after.EffectiveStatus);
        Assert.Equal(S.Translated, after.Status);
        Assert.Equal(Unit().SourceText, after.PendingSourceChange!.OldSourceText);
    }

    private static FieldTranslationState Current(S status) => status == S.Untranslated
        ? FieldTranslationState.Untranslated(IntranasalRouteKey, "es-ES", Unit().Path)
        : FieldTranslationState.Untranslated(IntranasalRouteKey, "es-ES", Unit().Path) with
        {
            Status = status,
            SourceFingerprint = Unit().Fingerprint,
            SourceText = Unit().SourceText,
            TranslatedBy = Ana.Reference,
        };

    private static FieldTranslationState Outdated(S status) => FieldTranslationRules.ObserveSource(Current(status), Unit("New text."));
}
