using System.Text.RegularExpressions;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A booking call-out must give patients a number they can call, in international E.164 form so that the page's
/// tap-to-call link works from any phone. Checks every booking call-out block, in any block field.
/// </summary>
public sealed partial class BookingPhoneMissingRule : IDocumentRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "booking-phone-missing",
        DefaultSeverity = FindingSeverity.Block,
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        foreach (var callout in ClinicalDocuments.BookingCallouts(context.Document))
        {
            var property = callout.PathOf(BookingCalloutElementType.PhoneNumber);
            if (callout.Text(BookingCalloutElementType.PhoneNumber) is not { } number)
            {
                findings.Report(callout.Text(BookingCalloutElementType.Heading) ?? string.Empty, property: property);
            }
            else if (!IsE164(number))
            {
                findings.Report(number, variant: "invalid", arguments: new Dictionary<string, string> { ["number"] = number }, property: property);
            }
        }
    }

    /// <summary>True when <paramref name="number"/> is in E.164 form, e.g. <c>+442079460123</c>.</summary>
    internal static bool IsE164(string number) => E164().IsMatch(number);

    [GeneratedRegex(BookingCalloutElementType.E164Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
