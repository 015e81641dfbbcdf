namespace CarePages.Core.Tests.Xliff;

/// <summary>A fact that runs only where translate-toolkit's <c>podebug</c> is on the PATH.</summary>
public sealed class PodebugFactAttribute : FactAttribute
{
    public PodebugFactAttribute()
    {
        if (Podebug.Path is null)
        {
            Skip = "podebug is not installed (translate-toolkit): apt-get install -y translate-toolkit to run this interop test.";
        }
    }
}
