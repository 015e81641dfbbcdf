using CarePages.Core.Rendering.Labels;

namespace CarePages.Core.Rendering;

/// <summary>How patients book: a heading, a tap-to-call link, opening hours, access and an optional online booking button.</summary>
public sealed record BookingCalloutViewModel
{
    /// <summary>Heading, e.g. "Book an appointment".</summary>
    public required string Heading { get; init; }

    /// <summary>How to book, in a sentence or two.</summary>
    public string? Text { get; init; }

    /// <summary>The <c>tel:</c> link built from the E.164 number, or null when there is no number.</summary>
    public string? TelHref { get; init; }

    /// <summary>The number as patients read it, e.g. "020 7946 0000".</summary>
    public string? PhoneLabel { get; init; }

    /// <summary>Opening hours.</summary>
    public string? OpeningHours { get; init; }

    /// <summary>Interpreters, step-free access, hearing loops, parking.</summary>
    public string? AccessNote { get; init; }

    /// <summary>Online booking page, or null.</summary>
    public string? BookingUrl { get; init; }

    /// <summary>Text of the booking button; the catalogue's "Book online" when the editor left it empty.</summary>
    public string? ButtonText { get; init; }

    /// <summary>The page's writing direction, <c>ltr</c> or <c>rtl</c>.</summary>
    public string Dir { get; init; } = WritingDirection.Ltr.ToAttribute();

    /// <summary>Interface texts in the page's language ("Call", "Opening hours", ...).</summary>
    public required UiLabels Labels { get; init; }
}
