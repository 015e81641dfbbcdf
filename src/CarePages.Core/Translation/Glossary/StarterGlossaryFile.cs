namespace CarePages.Core.Translation.Glossary;

/// <summary>The shape of an embedded starter glossary (<c>Translation/Glossary/Starter/*.json</c>).</summary>
internal sealed record StarterGlossaryFile(string Source, IReadOnlyList<StarterGlossaryTerm> Entries);
