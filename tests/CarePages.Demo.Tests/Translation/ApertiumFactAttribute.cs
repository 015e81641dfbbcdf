namespace CarePages.Demo.Tests.Translation;

/// <summary>A fact that needs a real apertium-apy: skipped where it is not installed, unless <c>CAREPAGES_REQUIRE_APERTIUM=1</c>.</summary>
public sealed class ApertiumFactAttribute : FactAttribute
{
    public ApertiumFactAttribute()
    {
        if (ApertiumServer.Missing is { } missing && !ApertiumServer.Required)
        {
            Skip = missing;
        }
    }
}
