namespace CarePages.Core.Translation.Glossary;

/// <summary>How a change to a glossary store ended.</summary>
public enum GlossaryOperationStatus
{
    /// <summary>The change was made.</summary>
    Success,

    /// <summary>The pair already has an entry for the term (terms are unique per pair, ignoring case and Unicode form).</summary>
    DuplicateTerm,

    /// <summary>The pair has no entry for the term.</summary>
    NotFound,
}
