using System.Text;

namespace CarePages.Core.Text;

/// <summary>
/// Text as it is compared and stored when only its spacing may differ: Unicode NFC, every run of white space (line breaks
/// and no-break spaces included) one space, the ends trimmed. Case, accents and punctuation are kept; to match text
/// regardless of those, fold it (<see cref="TextFolding"/>).
/// </summary>
public static class NormalisedText
{
    /// <summary><paramref name="text"/> normalised; empty for null or empty text.</summary>
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var character in composed)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
