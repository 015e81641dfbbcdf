namespace CarePages.Core.Translation.Glossary;

/// <summary>Where a glossary term was found in a text.</summary>
/// <param name="Entry">The glossary entry whose term was found.</param>
/// <param name="Index">Where the match starts in the text (after Unicode NFC normalisation).</param>
/// <param name="Length">The match's length in that text.</param>
/// <param name="Text">The text matched, as written (e.g. <c>Ketamine</c> for the term <c>ketamine</c>).</param>
public sealed record TermMatch(GlossaryEntry Entry, int Index, int Length, string Text);
