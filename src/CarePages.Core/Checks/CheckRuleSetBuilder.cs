using CarePages.Core.Checks.Rules;

namespace CarePages.Core.Checks;

/// <summary>
/// Collects rules, one per id, in order. Adding a rule whose id is already present replaces nothing and is ignored,
/// so registration can run twice; <see cref="Replace"/> swaps a built-in rule for a site's own.
/// </summary>
public sealed class CheckRuleSetBuilder
{
    private readonly List<ICheckRule> _rules = [];

    /// <summary>A builder holding every built-in rule.</summary>
    public static CheckRuleSetBuilder WithBuiltInRules() => new CheckRuleSetBuilder().AddRange(BuiltInRules.Create());

    /// <summary>Adds <paramref name="rule"/> at the end unless a rule with its id is already present.</summary>
    public CheckRuleSetBuilder Add(ICheckRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (IndexOf(rule.Descriptor.Id) < 0)
        {
            _rules.Add(rule);
        }

        return this;
    }

    /// <summary>Adds each of <paramref name="rules"/>.</summary>
    public CheckRuleSetBuilder AddRange(IEnumerable<ICheckRule> rules)
    {
        foreach (var rule in rules)
        {
            Add(rule);
        }

        return this;
    }

    /// <summary>Puts <paramref name="rule"/> in place of the rule with the same id, or adds it.</summary>
    public CheckRuleSetBuilder Replace(ICheckRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var index = IndexOf(rule.Descriptor.Id);
        if (index < 0)
        {
            _rules.Add(rule);
        }
        else
        {
            _rules[index] = rule;
        }

        return this;
    }

    /// <summary>Removes the rule with <paramref name="id"/>, if present.</summary>
    public CheckRuleSetBuilder Remove(string id)
    {
        var index = IndexOf(id);
        if (index >= 0)
        {
            _rules.RemoveAt(index);
        }

        return this;
    }

    /// <summary>The immutable collection.</summary>
    public CheckRuleSet Build() => new(_rules.ToArray());

    private int IndexOf(string id) => _rules.FindIndex(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));
}
