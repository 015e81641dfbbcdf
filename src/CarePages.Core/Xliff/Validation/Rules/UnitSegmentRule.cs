namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Every <c>&lt;unit&gt;</c> has at least one <c>&lt;segment&gt;</c>; ignorables alone do not make a unit.</summary>
internal sealed class UnitSegmentRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "unit-segment";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units.Where(u => !u.Elements(document.Ns + "segment").Any()))
        {
            faults.Report(unit, $"Unit \"{Xliff2Document.Value(unit, "id")}\" has no <segment>; every unit needs at least one.");
        }
    }
}
