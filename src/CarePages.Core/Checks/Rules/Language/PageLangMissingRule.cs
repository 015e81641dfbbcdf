using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Language;

/// <summary>
/// A page's <c>html</c> element must have a <c>lang</c> attribute that is not blank (ACT b5c3f8), so that screen readers pick the
/// right voice for the whole page. A document whose root is an SVG or MathML element rather than <c>html</c> is not an HTML page
/// and is not checked.
/// </summary>
public sealed class PageLangMissingRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "page-lang-missing",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = ["3.1.1"],
        ActRule = "b5c3f8",
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Page;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        if (string.IsNullOrWhiteSpace(context.Root.GetAttribute("lang")) && !HasForeignRoot(context))
        {
            findings.Report(PageLanguage.Snippet(context.Root), arguments: new Dictionary<string, string> { ["culture"] = context.Culture });
        }
    }

    // The HTML parser wraps a document that starts with <svg> or <math> in an html element of its own making: no doctype, no
    // attributes, an empty head, and that one foreign element alone in the body.
    private static bool HasForeignRoot(MarkupContext context)
    {
        var root = context.Root;
        if (context.Document.Doctype is not null || root.Attributes.Length > 0 || context.Document.Head is { ChildElementCount: > 0 }
            || context.Document.Body is not { ChildElementCount: 1 } body)
        {
            return false;
        }

        return body.FirstElementChild!.LocalName is "svg" or "math"
            && body.ChildNodes.All(node => node is not IText text || string.IsNullOrWhiteSpace(text.Data));
    }
}
