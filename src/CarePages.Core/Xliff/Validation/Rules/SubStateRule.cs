namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>A segment with <c>subState</c> also has <c>state</c>, and <c>subState</c> is written <c>prefix:value</c>.</summary>
internal sealed class SubStateRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "substate";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var segment in document.All("segment").Where(s => s.Attribute("subState") is not null))
        {
            var subState = Xliff2Document.Value(segment, "subState")!;
            if (segment.Attribute("state") is null)
            {
                faults.Report(segment, $"<segment> has subState=\"{subState}\" but no state; subState refines an explicit state.");
            }
            else if (!UserDefinedValue.IsWellFormed(subState))
            {
                faults.Report(segment.Attribute("subState")!, $"subState=\"{subState}\" is not written prefix:value.");
            }
        }
    }
}
