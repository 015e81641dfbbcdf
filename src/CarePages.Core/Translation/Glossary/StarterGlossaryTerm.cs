namespace CarePages.Core.Translation.Glossary;

/// <summary>A source term of the starter glossary file with its target terms per language.</summary>
internal sealed record StarterGlossaryTerm
{
    public required string Term { get; init; }

    public PartOfSpeech? PartOfSpeech { get; init; }

    public string? Note { get; init; }

    public bool DoNotTranslate { get; init; }

    /// <summary>For a do-not-translate term: the target languages it is listed for.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>For a translated term: target language → term and note.</summary>
    public IReadOnlyDictionary<string, StarterGlossaryTarget> Targets { get; init; } = new Dictionary<string, StarterGlossaryTarget>();
}
