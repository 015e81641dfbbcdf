namespace CarePages.Core.Translation.Memory;

/// <summary>How adding to the translation memory ended.</summary>
public enum TranslationMemoryOperationStatus
{
    /// <summary>The segments were added (or refreshed where the memory already had the same translation).</summary>
    Success,

    /// <summary>The field's translation is not approved (or its approval has no approver and time): nothing was added.</summary>
    NotApproved,

    /// <summary>The source changed after the translation was approved: nothing was added.</summary>
    Outdated,
}
