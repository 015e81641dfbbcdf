namespace CarePages.Core.Checks.Engine;

/// <summary>
/// Findings the engine itself raises about its input rather than the content's accessibility. They have descriptors like
/// rules, so their severity can be changed in settings, but they cannot be switched off.
/// </summary>
public static class EngineFindings
{
    /// <summary>A field longer than <c>MaxFieldLength</c>: not parsed.</summary>
    public static CheckRuleDescriptor InputTooLarge { get; } = new() { Id = "input-too-large", DefaultSeverity = FindingSeverity.Block };

    /// <summary>A document whose fields hold more than <c>MaxDocumentLength</c> characters in all: not checked.</summary>
    public static CheckRuleDescriptor DocumentTooLarge { get; } = new() { Id = "input-document-too-large", DefaultSeverity = FindingSeverity.Block };

    /// <summary>Markup nested deeper than <c>MaxNestingDepth</c>: not checked.</summary>
    public static CheckRuleDescriptor NestingTooDeep { get; } = new() { Id = "input-nesting-too-deep", DefaultSeverity = FindingSeverity.Block };

    /// <summary>A culture that is not a well-formed language tag.</summary>
    public static CheckRuleDescriptor CultureInvalid { get; } = new() { Id = "culture-invalid", DefaultSeverity = FindingSeverity.Block, Wcag = ["3.1.1"] };

    /// <summary>A well-formed culture this machine has no data for: language-specific rules fall back to generic ones.</summary>
    public static CheckRuleDescriptor CultureUnsupported { get; } = new() { Id = "culture-unsupported", DefaultSeverity = FindingSeverity.Info };

    /// <summary>A rule that threw: the content was not fully checked.</summary>
    public static CheckRuleDescriptor RuleFailed { get; } = new() { Id = "rule-failed", DefaultSeverity = FindingSeverity.Warn };

    /// <summary>A document the site audit could not read: none of its cultures was checked.</summary>
    public static CheckRuleDescriptor DocumentUnreadable { get; } = new() { Id = "document-unreadable", DefaultSeverity = FindingSeverity.Block };

    /// <summary>Every engine finding's descriptor.</summary>
    public static IReadOnlyList<CheckRuleDescriptor> All { get; } = [InputTooLarge, DocumentTooLarge, NestingTooDeep, CultureInvalid, CultureUnsupported, RuleFailed, DocumentUnreadable];
}
