namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Metadata module (<c>mda</c>; XLIFF 2.1 and 2.2 Part 2): "The values of id attributes MUST be unique among all
/// &lt;metaGroup&gt; and &lt;metadata&gt; elements within the given enclosing &lt;metadata&gt; element" (the <c>id</c>
/// attribute's Constraints), nested groups included.
/// </summary>
internal sealed class MetadataRule : IXliff2Rule
{
    private static readonly System.Xml.Linq.XNamespace Mda = XliffNamespaces.Metadata;

    /// <inheritdoc />
    public string Code => "metadata";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var metadata in document.Descendants(Mda + "metadata"))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in metadata.Descendants(Mda + "metaGroup").Prepend(metadata))
            {
                if (Xliff2Document.Value(element, "id") is { } id && !seen.Add(id))
                {
                    faults.Report(element.Attribute("id")!, $"The id \"{id}\" of {Xliff2Document.Describe(element)} is used twice within its <mda:metadata>; "
                        + "metadata and metaGroup ids must be unique within the enclosing metadata.");
                }
            }
        }
    }
}
