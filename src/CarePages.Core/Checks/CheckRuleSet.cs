namespace CarePages.Core.Checks;

/// <summary>The immutable, ordered set of rules an engine runs. Build one with <see cref="CheckRuleSetBuilder"/>.</summary>
public sealed class CheckRuleSet
{
    private readonly Dictionary<string, ICheckRule> _byId;

    internal CheckRuleSet(IReadOnlyList<ICheckRule> rules)
    {
        All = rules;
        _byId = rules.ToDictionary(r => r.Descriptor.Id, StringComparer.OrdinalIgnoreCase);
        MarkupRules = rules.OfType<IMarkupRule>().ToArray();
        DocumentRules = rules.OfType<IDocumentRule>().ToArray();
    }

    /// <summary>Every rule, in registration order.</summary>
    public IReadOnlyList<ICheckRule> All { get; }

    /// <summary>The rules over markup.</summary>
    public IReadOnlyList<IMarkupRule> MarkupRules { get; }

    /// <summary>The rules over whole documents.</summary>
    public IReadOnlyList<IDocumentRule> DocumentRules { get; }

    /// <summary>The rule with <paramref name="id"/>, or null.</summary>
    public ICheckRule? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The rules that implement the ACT rule <paramref name="actRuleId"/>.</summary>
    public IEnumerable<ICheckRule> ForActRule(string actRuleId) =>
        All.Where(r => string.Equals(r.Descriptor.ActRule, actRuleId, StringComparison.OrdinalIgnoreCase));
}
