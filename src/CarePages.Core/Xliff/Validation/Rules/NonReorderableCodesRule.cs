namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A run of codes that starts with <c>canReorder="firstNo"</c> and goes on with <c>canReorder="no"</c> keeps its order in
/// the target, read in reading order (targets by <c>order</c>), with nothing in between (the end of a paired code counts
/// as a <c>no</c> of the run).
/// </summary>
internal sealed class NonReorderableCodesRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "can-reorder";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var source = CodeEvent.Read(document, document.Sources(unit));
            var target = CodeEvent.Read(document, document.Targets(unit));
            var targetKeys = target.Select(e => e.Key).ToList();
            for (var i = 0; i < source.Count; i++)
            {
                if (source[i].Reorder != "firstNo")
                {
                    continue;
                }

                var run = source.Skip(i).Take(1).Concat(source.Skip(i + 1).TakeWhile(e => e.Reorder == "no")).Select(e => e.Key).ToList();
                var at = targetKeys.IndexOf(run[0]);
                if (at >= 0 && !targetKeys.Skip(at).Take(run.Count).SequenceEqual(run))
                {
                    faults.Report(target[at].Element, $"The codes {string.Join(", ", run)} may not be reordered (canReorder=\"firstNo\"/\"no\"), "
                        + $"but the translation of unit \"{Xliff2Document.Value(unit, "id")}\" breaks their sequence.");
                }
            }
        }
    }
}
