namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>A fact that needs a real apertium-apy (see <see cref="ApertiumServer"/>): skipped where it is not installed, unless required.</summary>
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
