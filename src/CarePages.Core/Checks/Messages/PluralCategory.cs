namespace CarePages.Core.Checks.Messages;

/// <summary>A CLDR plural category: which form of a word a count takes in a language.</summary>
public enum PluralCategory
{
    /// <summary>Arabic 0.</summary>
    Zero,

    /// <summary>Singular: 1 in English, Spanish and German; 0 and 1 in French.</summary>
    One,

    /// <summary>Arabic dual: 2.</summary>
    Two,

    /// <summary>Arabic 3–10 (by the last two digits).</summary>
    Few,

    /// <summary>Arabic 11–99 (by the last two digits); a multiple of a million in Spanish and French.</summary>
    Many,

    /// <summary>Every other count.</summary>
    Other,
}
