using System.Text;
using System.Text.RegularExpressions;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A <c>tel:</c> link written into a booking call-out's text must be a global number (<c>tel:+44-20-7946-0123</c>: a plus
/// sign, then digits and the visual separators - . ( )) that dials the call-out's own phone number, compared digit by
/// digit. A malformed link or one to another number sends patients nowhere, or to the wrong place.
/// </summary>
public sealed partial class BookingTelLinkInvalidRule : IDocumentRule
{
    private static readonly string[] TextFields =
    [
        BookingCalloutElementType.Heading, BookingCalloutElementType.Text, BookingCalloutElementType.PhoneLabel,
        BookingCalloutElementType.OpeningHours, BookingCalloutElementType.AccessNote, BookingCalloutElementType.ButtonText,
    ];

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "booking-tel-link-invalid",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        foreach (var callout in ClinicalDocuments.BookingCallouts(context.Document))
        {
            var number = callout.Text(BookingCalloutElementType.PhoneNumber) is { } n && BookingPhoneMissingRule.IsE164(n) ? n : null;
            foreach (var alias in TextFields)
            {
                if (callout.Text(alias) is not { } text)
                {
                    continue;
                }

                foreach (Match link in TelLink().Matches(text))
                {
                    var dialled = Dialled(link.Groups["target"].Value);
                    var arguments = new Dictionary<string, string> { ["link"] = link.Value, ["number"] = number ?? string.Empty };
                    if (dialled is null)
                    {
                        findings.Report(link.Value, arguments: arguments, property: callout.PathOf(alias));
                    }
                    else if (number is not null && dialled != number)
                    {
                        findings.Report(link.Value, variant: "mismatch", arguments: arguments, property: callout.PathOf(alias));
                    }
                }
            }
        }
    }

    /// <summary>The E.164 number a <c>tel:</c> target dials, or null when it is not a valid global number.</summary>
    private static string? Dialled(string target)
    {
        var end = target.IndexOf(';', StringComparison.Ordinal);
        var number = (end < 0 ? target : target[..end]).TrimEnd('.', ',', ':', '!', '?', ')');
        if (number.Contains('%', StringComparison.Ordinal))
        {
            try
            {
                number = Uri.UnescapeDataString(number);
            }
            catch (UriFormatException)
            {
                return null;
            }
        }

        if (!GlobalNumber().IsMatch(number))
        {
            return null;
        }

        var digits = new StringBuilder("+");
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var dialled = digits.ToString();
        return BookingPhoneMissingRule.IsE164(dialled) ? dialled : null;
    }

    [GeneratedRegex(@"tel:(?<target>[^\s""'<>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TelLink();

    [GeneratedRegex(@"^\+[0-9().\- ]*[0-9][0-9().\- ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex GlobalNumber();
}
