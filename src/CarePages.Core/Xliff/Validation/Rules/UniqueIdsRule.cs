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
        ReportDuplicates(document.Root.Elements(ns + "file"), "file", "the document", faults);
        var groups = document.DescendantsByAncestor(ns + "file", ns + "group");
        var units = document.DescendantsByAncestor(ns + "file", ns + "unit");
        foreach (var file in document.Root.Elements(ns + "file"))
        {
            ReportDuplicates(groups[file], "group", $"file \"{Xliff2Document.Value(file, "id")}\"", faults);
            ReportDuplicates(units[file], "unit", $"file \"{Xliff2Document.Value(file, "id")}\"", faults);
        }

        foreach (var notes in document.All("notes"))
        {
            ReportDuplicates(notes.Elements(ns + "note"), "note", "its <notes>", faults);
        }

        foreach (var originalData in document.All("originalData"))
        {
            ReportDuplicates(originalData.Elements(ns + "data"), "data", "its <originalData>", faults);
        }

        foreach (var unit in document.Units)
        {
            CheckUnit(document, unit, faults);
        }
    }

    private static void CheckUnit(Xliff2Document document, XElement unit, Xliff2FaultCollector faults)
    {
        var scope = $"unit \"{Xliff2Document.Value(unit, "id")}\"";
        ReportDuplicates(document.Parts(unit), "segment and ignorable", scope, faults);
        var sourceSide = document.Inline(unit, targets: false).ToList();
        ReportDuplicates(sourceSide, "inline element", scope, faults);

        var sourceIds = sourceSide.Where(e => e.Attribute("id") is not null)
            .GroupBy(e => Xliff2Document.Value(e, "id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var seenInTargets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Inline(unit, targets: true).Where(e => e.Attribute("id") is not null))
        {
            var id = Xliff2Document.Value(element, "id")!;
            if (!seenInTargets.Add(id))
            {
                faults.Report(element, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is used twice in the targets of {scope}.");
            }
            else if (sourceIds.TryGetValue(id, out var counterpart) && counterpart.Name != element.Name)
            {
                faults.Report(element, $"{Xliff2Document.Describe(element)} in a target reuses the id of {Xliff2Document.Describe(counterpart)} in {scope}; "
                    + "a target element may only reuse the id of the same kind of element in the source.");
            }
        }
    }

    private static void ReportDuplicates(IEnumerable<XElement> elements, string what, string scope, Xliff2FaultCollector faults)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (Xliff2Document.Value(element, "id") is { } id && !seen.Add(id))
            {
                faults.Report(element, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is not unique: {what} ids must be unique within {scope}.");
            }
        }
    }
}
