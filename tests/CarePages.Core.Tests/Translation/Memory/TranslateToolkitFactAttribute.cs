namespace CarePages.Core.Tests.Translation.Memory;

/// <summary>A fact that runs only where translate-toolkit is installed (like <c>PodebugFact</c> for XLIFF).</summary>
public sealed class TranslateToolkitFactAttribute : FactAttribute
{
    public TranslateToolkitFactAttribute()
    {
        if (TranslateToolkit.Python is null)
        {
            Skip = "translate-toolkit is not installed: apt-get install -y translate-toolkit to run this interop test.";
        }
    }
}
