using CarePages.Core.Checks.Messages;
using CarePages.Core.Checks.Options;

namespace CarePages.Core.Checks.Engine;

/// <summary>Runs rules with their resolved settings, turning a rule that throws into a finding instead of an exception.</summary>
internal sealed class RuleRunner
{
    private readonly CheckSettingsResolver _settings;
    private readonly CheckOptions _options;
    private readonly CheckMessageCatalogue _messages;

    public RuleRunner(CheckOptions options, CheckMessageCatalogue messages)
    {
        _options = options;
        _settings = new CheckSettingsResolver(options);
        _messages = messages;
    }

    public FindingTarget Target(string culture, string? property, string uiCulture, Html.ElementIndex? index) =>
        new(culture, property, uiCulture, _messages, index, _options.MaxFindingsPerRule);

    /// <summary>Runs <paramref name="check"/> for <paramref name="rule"/> unless settings switch it off.</summary>
    public void Run(ICheckRule rule, string? contentTypeAlias, FindingTarget target, List<Finding> sink, Action<FindingCollector> check)
    {
        var settings = _settings.Resolve(rule.Descriptor, contentTypeAlias);
        if (!settings.Enabled)
        {
            return;
        }

        try
        {
            check(new FindingCollector(rule.Descriptor, settings, target, sink));
        }
#pragma warning disable CA1031 // A faulty rule must not stop the other rules or the publish gate.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Raise(EngineFindings.RuleFailed, contentTypeAlias, target, sink, rule.Descriptor.Id, new Dictionary<string, string>
            {
                ["rule"] = rule.Descriptor.Id,
                ["error"] = exception.Message,
            });
        }
    }

    /// <summary>Adds an engine finding.</summary>
    public void Raise(CheckRuleDescriptor descriptor, string? contentTypeAlias, FindingTarget target, List<Finding> sink, string snippet, IReadOnlyDictionary<string, string>? arguments = null)
    {
        var settings = _settings.Resolve(descriptor, contentTypeAlias) with { Enabled = true };
        new FindingCollector(descriptor, settings, target, sink).Report(snippet, arguments: arguments);
    }
}
