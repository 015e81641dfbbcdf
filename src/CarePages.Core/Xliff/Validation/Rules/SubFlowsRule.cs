using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// <c>subFlows</c> (on <c>ph</c>, <c>sc</c>, <c>ec</c>) and <c>subFlowsStart</c>/<c>subFlowsEnd</c> (on <c>pc</c>) list
/// the ids of units of the same <c>&lt;file&gt;</c> (XLIFF 2.1 and 2.2 Part 1, the <c>subFlows</c>,
/// <c>subFlowsStart</c> and <c>subFlowsEnd</c> attributes: a list of ids of <c>unit</c> elements in the same file). A code cannot name
/// its own unit: a sub-flow is content held apart in another unit.
/// </summary>
internal sealed class SubFlowsRule : IXliff2Rule
{
    private static readonly string[] Attributes = ["subFlows", "subFlowsStart", "subFlowsEnd"];

    /// <inheritdoc />
    public string Code => "subflows";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var unitsByFile = document.DescendantsByAncestor(document.Ns + "file", document.Ns + "unit");
        foreach (var file in document.All("file"))
        {
            var units = unitsByFile[file];
            var unitIds = units.Select(u => Xliff2Document.Value(u, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
            foreach (var unit in units)
            {
                var unitId = Xliff2Document.Value(unit, "id");
                foreach (var attribute in document.Inline(unit).SelectMany(e => Attributes.Select(name => e.Attribute(name))).OfType<XAttribute>())
                {
                    foreach (var id in attribute.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (id == unitId)
                        {
                            faults.Report(attribute, $"{Xliff2Document.Describe(attribute.Parent!)} has {attribute.Name.LocalName}=\"{attribute.Value}\", which names its own unit \"{id}\"; a sub-flow is another unit.");
                        }
                        else if (!unitIds.Contains(id))
                        {
                            faults.Report(attribute, $"{Xliff2Document.Describe(attribute.Parent!)} has {attribute.Name.LocalName}=\"{attribute.Value}\", but file \"{Xliff2Document.Value(file, "id")}\" has no <unit id=\"{id}\">.");
                        }
                    }
                }
            }
        }
    }
}
