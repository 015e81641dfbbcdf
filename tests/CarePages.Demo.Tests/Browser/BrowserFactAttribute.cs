namespace CarePages.Demo.Tests.Browser;

/// <summary>A fact that needs Chromium: skipped with the reason when it is missing, unless the browser is required.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserRequirement.SkipReason;
}
