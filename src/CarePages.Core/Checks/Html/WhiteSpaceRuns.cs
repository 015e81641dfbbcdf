namespace CarePages.Core.Checks.Html;

/// <summary>Text with every run of white space (<see cref="char.IsWhiteSpace(char)"/>) as one space and none at either end.</summary>
internal static class WhiteSpaceRuns
{
    private const int StackLimit = 256;

    /// <summary>
    /// <paramref name="text"/> collapsed, the same as joining its white-space separated words with spaces; text that needs no
    /// change (most names and alternatives) is returned as it is.
    /// </summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text))
        {
            return text;
        }

        var buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var spacePending = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                spacePending = length > 0;
                continue;
            }

            if (spacePending)
            {
                buffer[length++] = ' ';
                spacePending = false;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static bool IsCollapsed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
