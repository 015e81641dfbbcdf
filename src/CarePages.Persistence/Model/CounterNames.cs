namespace CarePages.Persistence.Model;

/// <summary>The rows of <c>carePagesCounter</c>, each created by the migration that introduced it.</summary>
public static class CounterNames
{
    /// <summary>Raised by every save of translation states: the tallies the status matrix reads changed.</summary>
    public const string TranslationTally = "TranslationTally";
}
