namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// <c>copyOf</c> names a code in the same unit whose <c>canCopy</c> is not <c>no</c>, and a copy has no original data of
/// its own (no <c>dataRef</c>, <c>dataRefStart</c> or <c>dataRefEnd</c>).
/// </summary>
internal sealed class CopyOfRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "copy-of";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var codes = document.Inline(unit).Where(document.IsCode).ToList();
            foreach (var copy in codes.Where(c => c.Attribute("copyOf") is not null))
            {
                var copyOf = Xliff2Document.Value(copy, "copyOf")!;
                var name = Xliff2Document.Describe(copy);
                var baseCode = codes.FirstOrDefault(c => c != copy && Xliff2Document.Value(c, "id") == copyOf);
                if (copy.Attribute("dataRef") is not null || copy.Attribute("dataRefStart") is not null || copy.Attribute("dataRefEnd") is not null)
                {
                    faults.Report(copy, $"{name} has copyOf=\"{copyOf}\" and its own original data; a copy takes its data from the code it copies.");
                }
                else if (baseCode is null)
                {
                    faults.Report(copy, $"{name} has copyOf=\"{copyOf}\", which names no code in unit \"{Xliff2Document.Value(unit, "id")}\".");
                }
                else if (Xliff2Document.Value(baseCode, "canCopy") == "no")
                {
                    faults.Report(copy, $"{name} copies {Xliff2Document.Describe(baseCode)}, which has canCopy=\"no\".");
                }
            }
        }
    }
}
