namespace CarePages.Core.Checks;

/// <summary>A rule over parsed HTML: a rich-text field, a text field or a whole rendered page.</summary>
public interface IMarkupRule : ICheckRule
{
    /// <summary>Where the rule runs.</summary>
    CheckScope Scope { get; }

    /// <summary>Reports problems in <paramref name="context"/>'s markup.</summary>
    void Check(MarkupContext context, FindingCollector findings);
}
