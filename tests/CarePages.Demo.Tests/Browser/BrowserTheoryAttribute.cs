namespace CarePages.Demo.Tests.Browser;

/// <summary>A theory that needs Chromium: skipped with the reason when it is missing, unless the browser is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserRequirement.SkipReason;
}
