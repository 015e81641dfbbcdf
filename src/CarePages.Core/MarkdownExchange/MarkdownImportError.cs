using System.Globalization;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.MarkdownExchange;

/// <summary>One reason a Markdown exchange file cannot be imported.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Line">The 1-based line in the file, or 0 when the fault is something missing.</param>
/// <param name="FieldId">The field concerned, if any.</param>
/// <param name="Note">The fault in words a translator can act on, in any interface language.</param>
public sealed record MarkdownImportError(MarkdownImportErrorKind Kind, int Line, string? FieldId, ExchangeNote Note)
{
    /// <summary>The fault in English.</summary>
    public string Message => Note.English;

    /// <summary>The fault with the line it was found on, when there is one ("Line 12: …").</summary>
    // A line number is looked up in a text editor, which writes it without digit grouping.
    public ExchangeNote Located => Line > 0 ? ExchangeNote.Keyed(MarkdownMessages.OnLine, ("line", Line.ToString(CultureInfo.InvariantCulture)), ("text", Note)) : Note;
}
