namespace CarePages.Core.Checks;

/// <summary>A check rule. Implement <see cref="IMarkupRule"/> or <see cref="IDocumentRule"/>.</summary>
public interface ICheckRule
{
    /// <summary>What the rule is and how it maps to WCAG and ACT.</summary>
    CheckRuleDescriptor Descriptor { get; }
}
