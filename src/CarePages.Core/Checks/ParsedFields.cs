using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Options;
using CarePages.Core.Documents;

namespace CarePages.Core.Checks;

/// <summary>
/// Rich-text fields parsed once each, by field instance. One document context has its own; the cultures of one document
/// version share one, so the source culture's fields, which every translation is compared against, are parsed once
/// rather than once per translation. The parsed documents are only read, never changed, by the rules.
/// </summary>
internal sealed class ParsedFields
{
    private readonly Dictionary<DocumentField, IDocument?> _parsed = new(ReferenceEqualityComparer.Instance);

    /// <summary>The parsed markup of <paramref name="field"/>; null for one refused by the guard of <paramref name="limits"/>, remembered as such.</summary>
    public IDocument? Markup(DocumentField field, CheckOptions limits)
    {
        if (!_parsed.TryGetValue(field, out var document))
        {
            _parsed[field] = document = Engine.MarkupGuard.Reject(field.Text!, limits) is null ? HtmlInput.ParseFragment(field.Text!) : null;
        }

        return document;
    }
}
