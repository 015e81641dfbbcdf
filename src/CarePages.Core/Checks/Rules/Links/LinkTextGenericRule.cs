using CarePages.Core.Checks.Html;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A link whose accessible name is only a generic phrase ("click here", "read more", "aquí", "en savoir plus",
/// "weiterlesen", "اضغط هنا" …) or only symbols ("»", "…"): patients who list a page's links, or jump from link to link,
/// hear it without the sentence around it. Warns.
/// </summary>
/// <remarks>
/// Phrases per content language in <c>Checks/Vocabulary/links.&lt;language&gt;.json</c>, list <c>genericLinkText</c>;
/// the whole name must be one of them after <see cref="TextFolding"/> folding (case, accents, punctuation, Arabic letter
/// variants), so "Read more…" and "» Leer mas" match while "Read more about knee pain" does not.
/// </remarks>
public sealed class LinkTextGenericRule : IMarkupRule
{
    // No generic phrase is this long; longer names are not folded at all.
    private const int LongestPhrase = 60;

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-text-generic",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["2.4.4"],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var generic = FoldedTerms.Of(context.Terms("genericLinkText"));
        foreach (var link in ExposedLinks.Of(context))
        {
            if (link.Name.Length is > 0 and <= LongestPhrase && (link.FoldedName.Length == 0 || generic.Contains(link.FoldedName)))
            {
                findings.Report(link.Element, arguments: new Dictionary<string, string> { ["text"] = link.Name });
            }
        }
    }
}
