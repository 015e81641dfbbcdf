using CarePages.Core.Documents;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>What the clinical rules look for in a document: its type, its booking call-outs and its patient-facing text.</summary>
internal static class ClinicalDocuments
{
    /// <summary>True for a treatment route page.</summary>
    public static bool IsTreatmentRoute(CultureDocument document) => document.ContentTypeAlias == TreatmentRouteType.Alias;

    /// <summary>True for the document types that record a clinical review (overview, route, condition).</summary>
    public static bool HasClinicalReview(CultureDocument document) => ClinicalDocumentTypes.Contains(document.ContentTypeAlias);

    /// <summary>Every booking call-out in any block field of <paramref name="document"/>, nested blocks included.</summary>
    public static IEnumerable<BookingCallout> BookingCallouts(CultureDocument document)
    {
        var pending = new Stack<(string Prefix, IReadOnlyList<DocumentField> Fields)>();
        pending.Push((string.Empty, document.Fields));
        while (pending.Count > 0)
        {
            var (prefix, fields) = pending.Pop();
            foreach (var field in fields)
            {
                if (field.Kind != FieldKind.Blocks)
                {
                    continue;
                }

                var path = prefix + field.Alias;
                foreach (var element in field.Elements)
                {
                    if (element.ContentTypeAlias == BookingCalloutElementType.Alias)
                    {
                        yield return new BookingCallout(path, element);
                    }
                    else
                    {
                        pending.Push((path + ".", element.Fields));
                    }
                }
            }
        }
    }

    /// <summary>True when <paramref name="field"/> holds a letter or digit a patient would read (markup and spaces alone do not count).</summary>
    public static bool HasWords(DocumentContext context, DocumentField? field)
    {
        if (field?.Text is not { } text)
        {
            return false;
        }

        if (field.Kind == FieldKind.RichText && context.Markup(field) is null)
        {
            return true; // too large or too deeply nested to read; the engine reports that instead
        }

        foreach (var c in context.PlainText(field))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fields named by <paramref name="paths"/> (<c>summary</c>, or <c>benefits.text</c> for a field of every block), with their paths.</summary>
    public static IEnumerable<(string Property, DocumentField Field)> Fields(CultureDocument document, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            var field = document.Field(dot < 0 ? path : path[..dot]);
            if (field is null)
            {
                continue;
            }

            if (dot < 0)
            {
                yield return (path, field);
                continue;
            }

            var inner = path[(dot + 1)..];
            foreach (var element in field.Elements)
            {
                if (element.Field(inner) is { } nested)
                {
                    yield return (path, nested);
                }
            }
        }
    }
}
