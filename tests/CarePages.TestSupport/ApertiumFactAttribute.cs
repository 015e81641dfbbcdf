namespace CarePages.TestSupport;

/// <summary>
/// A fact that needs a real apertium-apy (<see cref="ApertiumServer"/>): skipped where it is not installed, unless
/// <c>CAREPAGES_REQUIRE_APERTIUM=1</c> makes a missing service a failure.
/// </summary>
public sealed class ApertiumFactAttribute : Xunit.FactAttribute
{
    public ApertiumFactAttribute()
    {
        if (ApertiumServer.Missing is { } missing && !ApertiumServer.Required)
        {
            Skip = missing;
        }
    }
}
