using CarePages.Core.Documents;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>A booking call-out block found in a document, with the path its fields are reported under.</summary>
/// <param name="Property">The path of the field holding it, e.g. <c>bookingCallout</c>.</param>
/// <param name="Element">The call-out's fields in the document's culture.</param>
internal readonly record struct BookingCallout(string Property, DocumentElement Element)
{
    /// <summary>The path of the call-out's field <paramref name="alias"/>, e.g. <c>bookingCallout.phoneNumber</c>.</summary>
    public string PathOf(string alias) => Property + "." + alias;

    /// <summary>The text of the call-out's field <paramref name="alias"/>, or null when empty.</summary>
    public string? Text(string alias) => Element.Field(alias)?.Text is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;
}
