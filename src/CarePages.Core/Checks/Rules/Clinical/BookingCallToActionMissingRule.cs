using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>
/// A booking call-out must tell patients what to do. Warns when its heading, text and button text use none of the
/// content language's <c>booking-call-to-action</c> words ("call", "book", "llame", "pida cita", "prenez rendez-vous",
/// "vereinbaren", "اتصل" …) and it gives neither a phone number nor a booking URL to act on. A warning, not a block: a
/// call-out without a phone number is already blocked by <see cref="BookingPhoneMissingRule"/>, and wording is judged
/// from word lists. Languages without the list are skipped.
/// </summary>
public sealed class BookingCallToActionMissingRule : IDocumentRule
{
    /// <summary>The vocabulary list of call-to-action words and phrases.</summary>
    public const string ActionList = "booking-call-to-action";

    private const string FieldsName = "fields";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "booking-call-to-action-missing",
        DefaultSeverity = FindingSeverity.Warn,
        Parameters =
        [
            new(FieldsName, string.Join(',', BookingCalloutElementType.Heading, BookingCalloutElementType.Text, BookingCalloutElementType.ButtonText),
                "Call-out fields searched for a call to action, comma-separated."),
        ],
    };

    /// <inheritdoc />
    public void Check(DocumentContext context, FindingCollector findings)
    {
        var terms = context.Terms(ActionList);
        if (terms.Count == 0)
        {
            return;
        }

        var actions = TermList.Of(terms);
        var fields = findings.Parameters.GetList(FieldsName);
        foreach (var callout in ClinicalDocuments.BookingCallouts(context.Document))
        {
            if (callout.Text(BookingCalloutElementType.PhoneNumber) is not null || callout.Text(BookingCalloutElementType.BookingUrl) is not null)
            {
                continue;
            }

            var texts = fields.Select(callout.Text).OfType<string>().ToList();
            if (!texts.Exists(t => actions.FoundIn(TokenizedText.Of(t, context.Language))))
            {
                findings.Report(string.Join(" — ", texts), property: callout.PathOf(BookingCalloutElementType.Text));
            }
        }
    }
}
