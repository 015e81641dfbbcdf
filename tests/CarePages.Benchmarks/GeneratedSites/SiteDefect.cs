namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>What is wrong with a generated document, if anything: one kind per defective document.</summary>
public enum SiteDefect
{
    /// <summary>Nothing deliberately wrong.</summary>
    None,

    /// <summary>An image without an alt attribute in the English source's first rich-text field (<c>image-alt-missing</c>).</summary>
    ImageWithoutAlt,

    /// <summary>A "click here" link in the English source's first rich-text field (<c>link-text-generic</c>).</summary>
    ClickHereLink,

    /// <summary>An h2 followed by an h4 in the English source's first rich-text field (<c>heading-level-skipped</c>).</summary>
    SkippedHeadingLevel,

    /// <summary>A next review date 90 days before the week the site was generated in (<c>review-overdue</c>).</summary>
    ReviewOverdue,

    /// <summary>A next review date 21 days after the Monday of that week (<c>review-due-soon</c>, 30-day window).</summary>
    ReviewDueSoon,

    /// <summary>One target culture missing: no name, no values, no translation states.</summary>
    MissingTranslation,

    /// <summary>The first two translatable fields changed in the source after their translations were approved: Outdated in every target culture.</summary>
    OutdatedTranslation,
}
