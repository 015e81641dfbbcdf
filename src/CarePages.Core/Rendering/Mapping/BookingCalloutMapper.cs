using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Finds the booking call-out a page shows (its own, else the nearest ancestor's) and maps it.</summary>
internal static class BookingCalloutMapper
{
    public static BookingCalloutViewModel? Map(CultureDocument document, IPageLookup lookup, UiLabels labels)
    {
        var element = FindCallout(document, lookup);
        if (element is null)
        {
            return null;
        }

        string? Text(string alias) => element.Field(alias)?.Text;
        var bookingUrl = Text(BookingCalloutElementType.BookingUrl);
        return new BookingCalloutViewModel
        {
            Heading = Text(BookingCalloutElementType.Heading) ?? labels[LabelKeys.BookingHeading],
            Text = Text(BookingCalloutElementType.Text),
            TelHref = PhoneLink.TelHref(Text(BookingCalloutElementType.PhoneNumber)),
            PhoneLabel = Text(BookingCalloutElementType.PhoneLabel) ?? Text(BookingCalloutElementType.PhoneNumber),
            OpeningHours = Text(BookingCalloutElementType.OpeningHours),
            AccessNote = Text(BookingCalloutElementType.AccessNote),
            BookingUrl = bookingUrl,
            ButtonText = bookingUrl is null ? null : Text(BookingCalloutElementType.ButtonText) ?? labels[LabelKeys.BookOnline],
            Dir = WritingDirections.Of(document.Culture).ToAttribute(),
            Labels = labels,
        };
    }

    private static DocumentElement? FindCallout(CultureDocument document, IPageLookup lookup)
    {
        var visited = new HashSet<Guid>();
        for (CultureDocument? current = document; current is not null && visited.Add(current.Key);)
        {
            var callout = current.Field(TreatmentRouteType.BookingCallout)?.Elements
                .FirstOrDefault(e => e.ContentTypeAlias == BookingCalloutElementType.Alias);
            if (callout is not null)
            {
                return callout;
            }

            current = current.ParentKey is { } parentKey ? lookup.Find(parentKey, document.Culture) : null;
        }

        return null;
    }
}
