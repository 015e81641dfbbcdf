using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A link that opens a new window or tab (a <c>target</c> other than <c>_self</c>, <c>_parent</c> or <c>_top</c>, or
/// <c>window.open</c> in its <c>href</c> or <c>onclick</c>) without saying so: patients, above all screen-reader and
/// magnifier users, lose the Back button and may not notice they are somewhere else. Warns.
/// </summary>
/// <remarks>
/// <para>
/// Announced means the accessible name, or the text the link points to with <c>aria-describedby</c>, contains a phrase of
/// the content language's <c>newWindowWords</c> list in <c>Checks/Vocabulary/links.&lt;language&gt;.json</c> ("new window",
/// "nueva pestaña", "nouvelle fenêtre", "neuen Fenster", "نافذة جديدة" …), also inside longer words. A <c>title</c> does
/// not count: touch and keyboard users never see it.
/// </para>
/// <para>
/// No WCAG criterion: warning before a new window opens is technique G201, which serves SC 3.2.5 (Change on Request,
/// level AAA). No level A or AA criterion requires it (3.2.2 On Input is about changing a form control, not following a
/// link), so the rule is CarePages' own editorial policy and its findings cite no criterion.
/// </para>
/// </remarks>
public sealed class LinkNewWindowUnannouncedRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-new-window-unannounced",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = [],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var warnings = FoldedTerms.Of(context.Terms("newWindowWords"));
        foreach (var link in ExposedLinks.Of(context))
        {
            if (OpensNewWindow(link) && warnings.FindPart(link.FoldedName) is null && warnings.FindPart(TextFolding.Fold(Description(link.Element))) is null)
            {
                findings.Report(link.Element);
            }
        }
    }

    private static bool OpensNewWindow(ExposedLink link)
    {
        var target = link.Element.GetAttribute("target")?.Trim();
        if (!string.IsNullOrEmpty(target)
            && !target.Equals("_self", StringComparison.OrdinalIgnoreCase)
            && !target.Equals("_parent", StringComparison.OrdinalIgnoreCase)
            && !target.Equals("_top", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return link.Href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && link.Href.Contains("window.open", StringComparison.OrdinalIgnoreCase)
            || (link.Element.GetAttribute("onclick")?.Contains("window.open", StringComparison.OrdinalIgnoreCase) ?? false);
    }

    private static string Description(IElement link)
    {
        var ids = link.GetAttribute("aria-describedby");
        if (string.IsNullOrWhiteSpace(ids) || link.Owner is not { } document)
        {
            return string.Empty;
        }

        return string.Join(' ', ids.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(document.GetElementById).OfType<IElement>().Select(e => AccessibleName.FromContent(e, includeHidden: true)));
    }
}
