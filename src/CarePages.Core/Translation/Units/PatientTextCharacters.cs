using System.Globalization;
using System.Text;

namespace CarePages.Core.Translation.Units;

/// <summary>
/// The characters imported patient text may hold: what XML 1.0 and HTML text both allow. Control characters (C0 but tab,
/// line feed and carriage return; DEL; C1) and noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) are refused on import,
/// because once saved they break every later XLIFF export of the document and are parse errors in HTML.
/// </summary>
public static class PatientTextCharacters
{
    /// <summary>True when <paramref name="codePoint"/> may stand in patient text.</summary>
    public static bool IsAllowed(int codePoint) => codePoint switch
    {
        '\t' or '\n' or '\r' => true,
        < 0x20 or (>= 0x7F and <= 0x9F) => false,
        >= 0xFDD0 and <= 0xFDEF => false,
        _ => (codePoint & 0xFFFE) != 0xFFFE && codePoint is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF),
    };

    /// <summary>The first character of <paramref name="text"/> that may not stand in patient text, as <c>U+001B</c>; null when none.</summary>
    public static string? FirstRefused(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            // Not EnumerateRunes: it reads a lone surrogate as U+FFFD, which is allowed, and XML cannot hold one.
            var value = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            if (!IsAllowed(value))
            {
                return Describe(value);
            }
        }

        return null;
    }

    /// <summary><paramref name="codePoint"/> written as <c>U+001B</c>.</summary>
    public static string Describe(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
}
