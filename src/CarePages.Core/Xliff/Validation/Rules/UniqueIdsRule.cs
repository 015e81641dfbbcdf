using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// Ids are unique in their scope: files in the document; groups and units in their file; notes in their
/// <c>&lt;notes&gt;</c>; data in their <c>&lt;originalData&gt;</c>; segments and ignorables in their unit, and so the
/// inline elements of the sources. An inline element in a target reuses the id of its counterpart in a source, or has
/// its own. A segment and an inline element may share an id: several OASIS suite files that are invalid for another
/// reason do so, which shows the suite's reference validator keeps the two apart.
/// </summary>
internal sealed class UniqueIdsRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "unique-ids";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var ns = document.Ns;
        ReportDuplicates(document.Root.Elements(ns + "file"), "file", static () => "the document", faults);
        var groups = document.DescendantsByAncestor(ns + "file", ns + "group");
        var units = document.DescendantsByAncestor(ns + "file", ns + "unit");
        foreach (var file in document.Root.Elements(ns + "file"))
        {
            ReportDuplicates(groups[file], "group", () => Scope(file), faults);
            ReportDuplicates(units[file], "unit", () => Scope(file), faults);
        }

        foreach (var notes in document.All("notes"))
        {
            ReportDuplicates(notes.Elements(ns + "note"), "note", static () => "its <notes>", faults);
        }

        foreach (var originalData in document.All("originalData"))
        {
            ReportDuplicates(originalData.Elements(ns + "data"), "data", static () => "its <originalData>", faults);
        }

        foreach (var unit in document.Units)
        {
            CheckUnit(document, unit, faults);
        }
    }

    private static void CheckUnit(Xliff2Document document, XElement unit, Xliff2FaultCollector faults)
    {
        ReportDuplicates(document.Parts(unit), "segment and ignorable", () => Scope(unit), faults);
        var sourceSide = document.Inline(unit, targets: false);
        ReportDuplicates(sourceSide, "inline element", () => Scope(unit), faults);

        var sourceIds = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in sourceSide)
        {
            if (Xliff2Document.Value(element, "id") is { } id)
            {
                sourceIds.TryAdd(id, element);
            }
        }

        var seenInTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Inline(unit, targets: true).Where(e => e.Attribute("id") is not null))
        {
            var id = Xliff2Document.Value(element, "id")!;
            if (!seenInTargets.Add(id))
            {
                faults.Report(element, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is used twice in the targets of {Scope(unit)}.");
            }
            else if (sourceIds.TryGetValue(id, out var counterpart) && counterpart.Name != element.Name)
            {
                faults.Report(element, $"{Xliff2Document.Describe(element)} in a target reuses the id of {Xliff2Document.Describe(counterpart)} in {Scope(unit)}; "
                    + "a target element may only reuse the id of the same kind of element in the source.");
            }
        }
    }

    // The scope is described only for a fault: a file has thousands of units and, mostly, no duplicates.
    private static void ReportDuplicates(IEnumerable<XElement> elements, string what, Func<string> scope, Xliff2FaultCollector faults)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (Xliff2Document.Value(element, "id") is { } id && !seen.Add(id))
            {
                faults.Report(element, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is not unique: {what} ids must be unique within {scope()}.");
            }
        }
    }

    private static string Scope(XElement fileOrUnit) => $"{fileOrUnit.Name.LocalName} \"{Xliff2Document.Value(fileOrUnit, "id")}\"";
}
