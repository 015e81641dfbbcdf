namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Module and extension elements that carry an <c>id</c> or <c>xml:id</c> have values unique among their siblings.</summary>
internal sealed class ExtensionIdsRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "extension-ids";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var parents = document.Elements.Where(e => !document.IsCore(e)).Select(e => e.Parent!).ToHashSet();
        foreach (var parent in document.Elements.Prepend(document.Root).Where(parents.Contains))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var child in parent.Elements().Where(e => !document.IsCore(e)))
            {
                var id = Xliff2Document.Value(child, "id") ?? (string?)child.Attribute(System.Xml.Linq.XNamespace.Xml + "id");
                if (id is not null && !seen.Add(id))
                {
                    faults.Report(child, $"The id \"{id}\" of the extension element {Xliff2Document.Describe(child)} is used twice among its siblings.");
                }
            }
        }
    }
}
