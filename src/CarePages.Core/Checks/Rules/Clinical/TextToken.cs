namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>One word of a <see cref="TokenizedText"/>.</summary>
/// <param name="Text">The folded word.</param>
/// <param name="Forms">The word without Arabic clitics (و ف ب ل ك ال …), the word itself first; null when there are none.</param>
/// <param name="Sentence">The sentence the word is in, counted from 0.</param>
/// <param name="Start">Where the word starts in the original text.</param>
/// <param name="End">Where the word ends (exclusive) in the original text.</param>
internal readonly record struct TextToken(string Text, string[]? Forms, int Sentence, int Start, int End)
{
    /// <summary>True when the word, or one of its forms, is <paramref name="pattern"/> (or starts with it when <paramref name="prefix"/>).</summary>
    public bool Matches(string pattern, bool prefix)
    {
        if (Forms is null)
        {
            return prefix ? Text.StartsWith(pattern, StringComparison.Ordinal) : Text == pattern;
        }

        foreach (var form in Forms)
        {
            if (prefix ? form.StartsWith(pattern, StringComparison.Ordinal) : form == pattern)
            {
                return true;
            }
        }

        return false;
    }
}
