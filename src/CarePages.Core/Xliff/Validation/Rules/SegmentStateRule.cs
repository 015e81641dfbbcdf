namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A segment whose <c>state</c> is <c>translated</c>, <c>reviewed</c> or <c>final</c> has a target: the three states past
/// <c>initial</c> assume a translation, and a segment without a target must be <c>initial</c> (core, <c>state</c>,
/// Processing Requirements; the core Schematron's pattern F29).
/// </summary>
internal sealed class SegmentStateRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "segment-state";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var segment in document.All("segment"))
        {
            var state = Xliff2Document.Value(segment, "state");
            if (state is "translated" or "reviewed" or "final" && !segment.Elements().Any(e => document.Is(e, "target")))
            {
                faults.Report(segment.Attribute("state")!, $"<segment> has state=\"{state}\" but no <target>; a segment without a translation is initial.");
            }
        }
    }
}
