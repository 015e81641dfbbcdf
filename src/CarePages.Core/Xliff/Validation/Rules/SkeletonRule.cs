namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>A <c>&lt;skeleton&gt;</c> either points to an external skeleton with <c>href</c> and is empty, or holds the skeleton and has no <c>href</c>.</summary>
internal sealed class SkeletonRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "skeleton";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var skeleton in document.All("skeleton"))
        {
            var hasHref = skeleton.Attribute("href") is not null;
            if (hasHref == skeleton.Nodes().Any())
            {
                faults.Report(skeleton, hasHref
                    ? "<skeleton> has an href and content; with href it must be empty."
                    : "<skeleton> is empty and has no href; give the skeleton inline or point to it with href.");
            }
        }
    }
}
