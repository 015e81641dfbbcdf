using System.Text.RegularExpressions;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A link whose text is a bare web address of <c>minLength</c> characters or more: read aloud it is a long string of
/// letters, slashes and dots that says little about the page. Warns.
/// </summary>
/// <remarks>
/// Shorter addresses pass on purpose (default 25 characters): "nhs.uk" or "www.clinica.es" read well, name the site, and are
/// what a patient may need to type or note down. E-mail addresses are not web addresses and always pass.
/// </remarks>
public sealed partial class LinkTextUrlRule : IMarkupRule
{
    /// <summary>The parameter holding the shortest address the rule reports.</summary>
    public const string MinLength = "minLength";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-text-url",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["2.4.4"],
        Parameters =
        [
            new CheckParameter(MinLength, "25", "The shortest link text, in characters, reported when it is a web address; shorter ones such as \"nhs.uk\" pass."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var minLength = findings.Parameters.GetInt(MinLength);
        foreach (var link in ExposedLinks.Of(context))
        {
            if (link.Name.Length >= minLength && WebAddress().IsMatch(link.Name))
            {
                findings.Report(link.Element, arguments: new Dictionary<string, string> { ["text"] = Snippets.Shorten(link.Name, 80) });
            }
        }
    }

    // A scheme or "www." is enough; otherwise a dotted host ending in a letter-only top-level domain, then an optional path.
    [GeneratedRegex(@"^(?:(?:https?|ftp)://\S+|www\.\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?::\d+)?(?:[/?#]\S*)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();
}
