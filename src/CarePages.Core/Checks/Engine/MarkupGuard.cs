using CarePages.Core.Checks.Html;
using CarePages.Core.Checks.Options;

namespace CarePages.Core.Checks.Engine;

/// <summary>Decides before parsing whether markup is too large or too deeply nested to check.</summary>
internal static class MarkupGuard
{
    /// <summary>The engine finding that rejects <paramref name="html"/>, or null when it can be parsed.</summary>
    public static CheckRuleDescriptor? Reject(string html, CheckOptions options) =>
        html.Length > options.MaxFieldLength ? EngineFindings.InputTooLarge
        : NestingScan.Exceeds(html, options.MaxNestingDepth) ? EngineFindings.NestingTooDeep
        : null;
}
