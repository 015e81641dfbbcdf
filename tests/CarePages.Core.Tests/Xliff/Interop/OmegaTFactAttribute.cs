namespace CarePages.Core.Tests.Xliff.Interop;

/// <summary>A fact that runs only where OmegaT and <c>xvfb-run</c> (OmegaT needs an X display even in console mode) are on the PATH.</summary>
public sealed class OmegaTFactAttribute : FactAttribute
{
    public OmegaTFactAttribute()
    {
        if (OmegaT.MissingTool is { } missing)
        {
            Skip = $"{missing} is not installed: apt-get install -y --no-install-recommends omegat xvfb xauth to run this OmegaT 3.6 interop test.";
        }
    }
}
