namespace CarePages.Core.Translation.Glossary;

/// <summary>A target term of the starter glossary file, with a note on how sure it is.</summary>
internal sealed record StarterGlossaryTarget(string Term, string? Note);
