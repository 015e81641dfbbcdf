using CarePages.Core.Audit;
using CarePages.Core.Checks;

namespace CarePages.Core.Tests.Audit.Export;

/// <summary>Findings as the site audit's readers see them, for the export tests.</summary>
internal static class AuditExportFindings
{
    public static readonly Guid RouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    /// <summary>An Arabic finding whose texts hold a comma, quotes and a line break, and a snippet that looks like a formula.</summary>
    public static AuditFindingView Arabic { get; } = new()
    {
        DocumentKey = RouteKey,
        DocumentName = "الكيتامين عن طريق الأنف",
        ContentTypeAlias = "carePagesTreatmentRoute",
        Culture = "ar",
        Version = AuditedVersion.Published,
        RuleId = "image-alt-missing",
        Severity = FindingSeverity.Block,
        Property = "howItWorks",
        PropertyLabel = "كيف يعمل",
        Snippet = "=HYPERLINK(\"http://example.invalid\")",
        Message = "الصورة، بلا \"نص بديل\"",
        Hint = "صِف الصورة.\nسطر ثانٍ",
        Wcag = ["1.1.1"],
        ActRule = "23a2a8",
        Arguments = new Dictionary<string, string> { ["src"] = "/media/spray.png" },
        NextReviewDue = new DateOnly(2027, 9, 14),
        CheckedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
    };

    public static async IAsyncEnumerable<AuditFindingView> Of(params AuditFindingView[] findings)
    {
        foreach (var finding in findings)
        {
            await Task.Yield();
            yield return finding;
        }
    }
}
