using System.Security.Cryptography;
using System.Text;
using CarePages.Core.Text;

namespace CarePages.Core.Translation.Units;

/// <summary>
/// A stable hash of the source text a translation was made from: lower-case hex SHA-256 of the text normalised to
/// Unicode NFC with every run of white space (line breaks and no-break spaces included) collapsed to one space and
/// the ends trimmed, so that re-wrapping or re-indenting the source does not make its translations outdated.
/// </summary>
/// <param name="Value">64 lower-case hex digits.</param>
public sealed record SourceFingerprint(string Value)
{
    /// <summary>The fingerprint of <paramref name="text"/>; null and empty text share one fingerprint.</summary>
    public static SourceFingerprint Of(string? text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(NormalisedText.Of(text)));
        return new SourceFingerprint(Convert.ToHexStringLower(hash));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
