namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A sequence of codes that may not be reordered is marked as the specification says (XLIFF 2.1 and
/// 2.2 Part 1, the <c>canReorder</c> attribute's Constraints and Editing Hints): a code with <c>canReorder="no"</c> or <c>"firstNo"</c> also has <c>canCopy="no"</c> and
/// <c>canDelete="no"</c>; and the first code of a sequence says <c>firstNo</c>, so a <c>no</c> code follows (reading
/// the sources, and the targets in reading order) a <c>firstNo</c> or <c>no</c> code, never a reorderable one or
/// nothing. The end of a <c>pc</c> that is not reorderable counts as a <c>no</c> code.
/// </summary>
internal sealed class ReorderSequenceRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "reorder-sequence";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            foreach (var code in document.Inline(unit).Where(document.IsCode))
            {
                var reorder = Xliff2Document.Value(code, "canReorder");
                if (reorder is "no" or "firstNo" && (Xliff2Document.Value(code, "canCopy") != "no" || Xliff2Document.Value(code, "canDelete") != "no"))
                {
                    faults.Report(code, $"{Xliff2Document.Describe(code)} has canReorder=\"{reorder}\", so it must also have canCopy=\"no\" and canDelete=\"no\".");
                }
            }

            CheckFirst(document, CodeEvent.Read(document, document.Sources(unit)), "sources", faults);
            CheckFirst(document, CodeEvent.Read(document, document.Targets(unit)), "targets", faults);
        }
    }

    private static void CheckFirst(Xliff2Document document, List<CodeEvent> events, string side, Xliff2FaultCollector faults)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Reorder != "no" || (document.Is(events[i].Element, "pc") && events[i].Key.End))
            {
                continue;
            }

            var previous = i > 0 ? events[i - 1] : null;
            if (previous is null || previous.Reorder == "yes")
            {
                faults.Report(events[i].Element, previous is null
                    ? $"{events[i].Key} has canReorder=\"no\" but is the first code of the {side}; a non-reorderable sequence starts with canReorder=\"firstNo\"."
                    : $"{events[i].Key} has canReorder=\"no\" but follows {previous.Key}, which may be reordered; a non-reorderable sequence starts with canReorder=\"firstNo\".");
            }
        }
    }
}
