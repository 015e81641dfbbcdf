namespace CarePages.Core.Xliff;

/// <summary>A glossary entry that applies to a field, sent to the translator as a note on the units that use the term.</summary>
/// <param name="SourceTerm">The term as it appears in the source.</param>
/// <param name="Text">The note, e.g. <c>Glossary: ketamine → kétamine</c>.</param>
public sealed record XliffGlossaryNote(string SourceTerm, string Text);
