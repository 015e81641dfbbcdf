namespace CarePages.Core.Translation.Glossary;

/// <summary>A term's part of speech, with the values TBX-Basic allows for <c>partOfSpeech</c>.</summary>
public enum PartOfSpeech
{
    /// <summary>A common noun (<c>ketamine</c>).</summary>
    Noun,

    /// <summary>A proper noun, such as a brand name (<c>Spravato</c>).</summary>
    ProperNoun,

    /// <summary>A verb.</summary>
    Verb,

    /// <summary>An adjective (<c>intranasal</c>).</summary>
    Adjective,

    /// <summary>An adverb.</summary>
    Adverb,

    /// <summary>Anything else, such as a phrase (<c>nasal use</c>).</summary>
    Other,
}
