using CarePages.Core.Documents;
using CarePages.Core.Schema;

namespace CarePages.Core.Checks.Engine;

/// <summary>
/// Keeps the document rules within the field limit: a field longer than <c>MaxFieldLength</c> is reported on its own and
/// not parsed, and the document rules (which compare, tokenise and count the text of every field) see only its first
/// <c>MaxFieldLength</c> characters, so that a 19.5 MB summary cannot make each check take seconds.
/// </summary>
internal static class DocumentBounds
{
    /// <summary>The characters the document rules would read: every field's length, a field over the limit counting as the limit.</summary>
    public static long CheckedLength(IReadOnlyList<DocumentField> fields, int maxFieldLength)
    {
        long length = 0;
        foreach (var field in fields)
        {
            length += field.Kind == FieldKind.Blocks
                ? field.Elements.Sum(e => CheckedLength(e.Fields, maxFieldLength))
                : Math.Min(field.Text?.Length ?? 0, maxFieldLength);
        }

        return length;
    }

    /// <summary><paramref name="document"/> with every field cut to <paramref name="maxFieldLength"/>; the same instance when none is longer.</summary>
    public static CultureDocument Truncated(CultureDocument document, int maxFieldLength)
    {
        var fields = Truncated(document.Fields, maxFieldLength);
        return ReferenceEquals(fields, document.Fields) ? document : document with { Fields = fields };
    }

    private static IReadOnlyList<DocumentField> Truncated(IReadOnlyList<DocumentField> fields, int maxFieldLength)
    {
        DocumentField[]? copy = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = Truncated(fields[i], maxFieldLength);
            if (!ReferenceEquals(field, fields[i]))
            {
                copy ??= [.. fields];
                copy[i] = field;
            }
        }

        return copy ?? fields;
    }

    private static DocumentField Truncated(DocumentField field, int maxFieldLength)
    {
        if (field.Kind == FieldKind.Blocks)
        {
            var elements = field.Elements.Select(e => Truncated(e.Fields, maxFieldLength) is var f && !ReferenceEquals(f, e.Fields) ? e with { Fields = f } : e).ToArray();
            return elements.SequenceEqual(field.Elements) ? field : field with { Elements = elements };
        }

        if (field.Text is not { } text || text.Length <= maxFieldLength)
        {
            return field;
        }

        // Not between the halves of a surrogate pair.
        var end = char.IsHighSurrogate(text[maxFieldLength - 1]) ? maxFieldLength - 1 : maxFieldLength;
        return field with { Text = text[..end] };
    }
}
