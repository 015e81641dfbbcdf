using CarePages.Core.Checks;

namespace CarePages.Core.Tests.Checks.TestSupport;

/// <summary>A rule with a bug, to show that one faulty rule neither stops the others nor escapes as an exception.</summary>
internal sealed class ThrowingRule : IMarkupRule
{
    public CheckRuleDescriptor Descriptor { get; } = new() { Id = "test-throwing", DefaultSeverity = FindingSeverity.Block };

    public CheckScope Scope => CheckScope.Markup;

    public void Check(MarkupContext context, FindingCollector findings) => throw new InvalidOperationException("boom");
}
