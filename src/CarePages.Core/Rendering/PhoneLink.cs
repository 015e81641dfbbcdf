using System.Text.RegularExpressions;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Rendering;

/// <summary>Builds tap-to-call links from stored phone numbers.</summary>
public static partial class PhoneLink
{
    /// <summary>
    /// The <c>tel:</c> URI for an E.164 number (spaces, dots, dashes and brackets are dropped first),
    /// or null when the value is not a valid E.164 number.
    /// </summary>
    public static string? TelHref(string? e164)
    {
        if (string.IsNullOrWhiteSpace(e164))
        {
            return null;
        }

        var digits = Separators().Replace(e164.Trim(), string.Empty);
        return E164().IsMatch(digits) ? "tel:" + digits : null;
    }

    [GeneratedRegex(@"[\s().\-]")]
    private static partial Regex Separators();

    [GeneratedRegex(BookingCalloutElementType.E164Pattern)]
    private static partial Regex E164();
}
