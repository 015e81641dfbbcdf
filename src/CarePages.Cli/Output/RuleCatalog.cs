using System.Text.RegularExpressions;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Messages;

namespace CarePages.Cli.Output;

/// <summary>What reports say about a rule as a whole: its descriptor, a description and where to read more.</summary>
internal sealed partial class RuleCatalog
{
    private readonly CheckRuleSet _rules;
    private readonly string _uiCulture;
    private readonly CheckMessageCatalogue _messages = CheckMessageCatalogue.BuiltIn;

    /// <summary>Creates a catalogue over <paramref name="rules"/>, describing rules in <paramref name="uiCulture"/>.</summary>
    public RuleCatalog(CheckRuleSet rules, string uiCulture)
    {
        _rules = rules;
        _uiCulture = uiCulture;
    }

    /// <summary>The descriptor of a rule or engine finding; a bare one for an id nobody knows.</summary>
    public CheckRuleDescriptor Descriptor(string ruleId) =>
        _rules.Find(ruleId)?.Descriptor
        ?? EngineFindings.All.FirstOrDefault(d => string.Equals(d.Id, ruleId, StringComparison.Ordinal))
        ?? new CheckRuleDescriptor { Id = ruleId, DefaultSeverity = FindingSeverity.Warn };

    /// <summary>
    /// The rule's general message and hint: its own catalogue entry, else its first variant's, with <c>{placeholders}</c> shown as
    /// an ellipsis; the id itself when the catalogue has nothing.
    /// </summary>
    public CheckMessage Describe(string ruleId)
    {
        var keys = _messages.KeysOf(CheckMessageCatalogue.FallbackLanguage);
        var key = keys.Contains(ruleId)
            ? ruleId
            : keys.Where(k => k.StartsWith(ruleId + ".", StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (key is null)
        {
            return new CheckMessage(ruleId, string.Empty);
        }

        var message = _messages.Get(key, _uiCulture);
        return new CheckMessage(Placeholder().Replace(message.Message, "…"), Placeholder().Replace(message.Hint, "…"));
    }

    /// <summary>Where to read about the rule: the W3C ACT rule page when it maps one, else the W3C "Understanding" page of its first WCAG criterion.</summary>
    public static string? HelpUri(CheckRuleDescriptor descriptor) =>
        descriptor.ActRule is { } act
            ? ToolInfo.ActRulePage(act)
            : descriptor.Wcag.Select(WcagCriteria.UnderstandingPage).FirstOrDefault(u => u is not null);

    [GeneratedRegex(@"\{[A-Za-z0-9_]+\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
