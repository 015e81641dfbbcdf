using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Messages;
using CarePages.Core.Checks.Options;

namespace CarePages.Core.Checks;

/// <summary>
/// What a rule reports through during one run over one field, page or document. It stamps each finding with the rule's
/// mapping, its configured severity, the culture and property, and the message and hint in the editor's language.
/// </summary>
public sealed class FindingCollector
{
    private readonly CheckRuleDescriptor _rule;
    private readonly ResolvedRuleSettings _settings;
    private readonly FindingTarget _target;
    private readonly List<Finding> _sink;
    private int _count;

    internal FindingCollector(CheckRuleDescriptor rule, ResolvedRuleSettings settings, FindingTarget target, List<Finding> sink)
    {
        _rule = rule;
        _settings = settings;
        _target = target;
        _sink = sink;
    }

    /// <summary>The rule's thresholds after settings were applied.</summary>
    public RuleParameters Parameters => _settings.Parameters;

    /// <summary>Reports a problem at <paramref name="element"/> of the markup being checked.</summary>
    /// <param name="element">The offending element; its excerpt becomes the snippet.</param>
    /// <param name="variant">Picks the message <c>ruleId.variant</c> instead of <c>ruleId</c>.</param>
    /// <param name="arguments">Values for the message's <c>{name}</c> placeholders.</param>
    public void Report(IElement element, string? variant = null, IReadOnlyDictionary<string, string>? arguments = null)
    {
        // Past the cap nothing is kept, so skip building the snippet, which walks the element's subtree.
        if (_count >= _target.MaxFindings)
        {
            _count++;
            return;
        }

        Add(_target.Property, Snippets.Of(element), _target.Index?.PositionOf(element) ?? 0, variant, arguments);
    }

    /// <summary>Reports a problem with a text snippet rather than an element.</summary>
    /// <param name="snippet">The offending text; shortened when long.</param>
    /// <param name="position">A document-order position for sorting, e.g. the index of the nearest element.</param>
    /// <param name="variant">Picks the message <c>ruleId.variant</c> instead of <c>ruleId</c>.</param>
    /// <param name="arguments">Values for the message's <c>{name}</c> placeholders.</param>
    /// <param name="property">The property path, when a document rule reports on a field other than the current one.</param>
    public void Report(string snippet, int position = 0, string? variant = null, IReadOnlyDictionary<string, string>? arguments = null, string? property = null) =>
        Add(property ?? _target.Property, Snippets.Shorten(snippet), position, variant, arguments);

    /// <summary>
    /// Reports a problem with a text snippet whose message quotes phrases of the message catalogue, such as a route of
    /// administration: each of <paramref name="phrases"/> (placeholder name → message key) is filled with the phrase in
    /// the editor's language, and kept by key so that the stored finding can be shown again in another language.
    /// </summary>
    /// <param name="snippet">The offending text; shortened when long.</param>
    /// <param name="arguments">Values for the message's other placeholders.</param>
    /// <param name="phrases">The placeholders filled with phrases, by message key.</param>
    /// <param name="property">The property path, when a document rule reports on a field other than the current one.</param>
    public void ReportWithPhrases(string snippet, IReadOnlyDictionary<string, string> arguments, IReadOnlyDictionary<string, string> phrases, string? property = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(phrases);
        var values = new Dictionary<string, string>(arguments, StringComparer.Ordinal);
        foreach (var (name, key) in phrases)
        {
            values[name] = _target.Messages.Get(key, _target.UiCulture).Message;
        }

        Add(property ?? _target.Property, Snippets.Shorten(snippet), 0, null, new MessageArgumentDictionary(values, phrases));
    }

    private void Add(string? property, string snippet, int position, string? variant, IReadOnlyDictionary<string, string>? arguments)
    {
        if (++_count > _target.MaxFindings)
        {
            return;
        }

        var key = variant is null ? _rule.Id : _rule.Id + "." + variant;
        var template = _target.Messages.Get(key, _target.UiCulture);
        _sink.Add(new Finding
        {
            RuleId = _rule.Id,
            Severity = _settings.Severity,
            Wcag = _rule.Wcag,
            ActRule = _rule.ActRule,
            Culture = _target.Culture,
            Property = property,
            Snippet = snippet,
            MessageKey = key,
            Message = CheckMessageCatalogue.Format(template.Message, arguments),
            Hint = CheckMessageCatalogue.Format(template.Hint, arguments),
            Arguments = arguments switch
            {
                null => MessageArgumentDictionary.None,
                MessageArgumentDictionary kept => kept,
                _ => new MessageArgumentDictionary(arguments),
            },
            Position = position,
        });
    }
}
