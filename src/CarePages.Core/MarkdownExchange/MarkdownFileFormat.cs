using System.Text.RegularExpressions;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// The Markdown exchange file's fixed lines. Markers are HTML comments, which Markdown previews hide and which no
/// content heading can be mistaken for:
/// <code>
/// &lt;!-- carepages-translation
/// job: 42
/// document: 22db70d5-e165-4804-b40e-7807ddaa8634
/// source: en-GB
/// target: es-ES
/// --&gt;
/// &lt;!-- field: introduction | Introduction | rich text --&gt;
/// Long-term pain …
/// </code>
/// Only the id after <c>field:</c> counts; the label, kind and limit after it are for the translator.
/// </summary>
internal static partial class MarkdownFileFormat
{
    public const string HeaderStart = "<!-- carepages-translation";
    public const string CommentEnd = "-->";
    public const string JobKey = "job";
    public const string DocumentKey = "document";
    public const string SourceKey = "source";
    public const string TargetKey = "target";

    public const string Instructions =
        "<!-- Translate the text under each field line. Keep the field lines and link addresses as they are. " +
        "Rich text is Markdown: keep **bold**, *italic*, [link text](address), list markers and table pipes. -->";

    /// <summary>A line that is a field marker; group <c>id</c> is the field's id.</summary>
    [GeneratedRegex(@"^\s*<!--\s*field\s*:\s*(?<id>[^\s|]+)[^\n]*?-->\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex FieldMarker();

    /// <summary>A line that looks meant as a field marker but is not one.</summary>
    [GeneratedRegex(@"^\s*<!--\s*field\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex BrokenFieldMarker();

    /// <summary>A line that is a whole HTML comment (instructions, a translator's note).</summary>
    [GeneratedRegex(@"^\s*<!--.*-->\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex CommentLine();
}
