using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Module and extension elements that carry an <c>id</c> or <c>xml:id</c> have values unique among their siblings.</summary>
internal sealed class ExtensionIdsRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "extension-ids";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var parents = new HashSet<XElement>();
        var found = new List<XElement>();
        foreach (var element in document.Elements)
        {
            if (!document.IsCore(element) && parents.Add(element.Parent!))
            {
                found.Add(element.Parent!);
            }
        }

        // Faults are reported parent by parent in document order, which the order found is not always; most files have none.
        if (!found.Any(parent => Duplicates(document, parent).Any()))
        {
            return;
        }

        foreach (var parent in document.Elements.Prepend(document.Root).Where(parents.Contains))
        {
            foreach (var (child, id) in Duplicates(document, parent))
            {
                faults.Report(child, $"The id \"{id}\" of the extension element {Xliff2Document.Describe(child)} is used twice among its siblings.");
            }
        }
    }

    private static IEnumerable<(XElement Child, string Id)> Duplicates(Xliff2Document document, XElement parent)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var child in parent.Elements().Where(e => !document.IsCore(e)))
        {
            var id = Xliff2Document.Value(child, "id") ?? (string?)child.Attribute(XNamespace.Xml + "id");
            if (id is not null && !seen.Add(id))
            {
                yield return (child, id);
            }
        }
    }
}
