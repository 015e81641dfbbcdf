using System.Collections.Concurrent;

namespace CarePages.Core.Checks.Options;

/// <summary>Merges a rule's defaults with the global and per-document-type settings, once per rule and type.</summary>
public sealed class CheckSettingsResolver
{
    private readonly CheckOptions _options;
    private readonly ConcurrentDictionary<(string RuleId, string ContentType), ResolvedRuleSettings> _cache = new();

    /// <summary>Creates a resolver over <paramref name="options"/>.</summary>
    public CheckSettingsResolver(CheckOptions options) => _options = options;

    /// <summary>The settings of <paramref name="rule"/> for documents of <paramref name="contentTypeAlias"/> (null: no type).</summary>
    public ResolvedRuleSettings Resolve(CheckRuleDescriptor rule, string? contentTypeAlias) =>
        _cache.GetOrAdd((rule.Id, contentTypeAlias ?? string.Empty), key => Merge(rule, key.ContentType));

    private ResolvedRuleSettings Merge(CheckRuleDescriptor rule, string contentTypeAlias)
    {
        var enabled = rule.EnabledByDefault;
        var severity = rule.DefaultSeverity;
        var parameters = rule.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue, StringComparer.OrdinalIgnoreCase);

        foreach (var settings in Layers(rule.Id, contentTypeAlias))
        {
            enabled = settings.Enabled ?? enabled;
            severity = settings.Severity ?? severity;
            foreach (var (name, value) in settings.Parameters)
            {
                parameters[name] = value;
            }
        }

        return new ResolvedRuleSettings(enabled, severity, new RuleParameters(parameters));
    }

    private IEnumerable<CheckRuleSettings> Layers(string ruleId, string contentTypeAlias)
    {
        if (_options.Rules.TryGetValue(ruleId, out var global))
        {
            yield return global;
        }

        if (contentTypeAlias.Length > 0
            && _options.DocumentTypes.TryGetValue(contentTypeAlias, out var perType)
            && perType.TryGetValue(ruleId, out var typed))
        {
            yield return typed;
        }
    }
}
