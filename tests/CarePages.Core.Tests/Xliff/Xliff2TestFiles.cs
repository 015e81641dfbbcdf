using System.Xml.Linq;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Reading and editing XLIFF 2.x exports in tests, as a translator's tool would.</summary>
internal static class Xliff2TestFiles
{
    public static readonly XNamespace Ns21 = "urn:oasis:names:tc:xliff:document:2.0";
    public static readonly XNamespace Ns22 = "urn:oasis:names:tc:xliff:document:2.2";
    public static readonly XNamespace Mda = "urn:oasis:names:tc:xliff:metadata:2.0";

    public static TheoryData<XliffVersion> Versions => new(XliffVersion.Xliff21, XliffVersion.Xliff22);

    public static XNamespace NamespaceOf(XliffVersion version) => version == XliffVersion.Xliff22 ? Ns22 : Ns21;

    public static string Write(XliffExportJob job, XliffVersion version) => Xliff2Writer.WriteToString(job, version);

    /// <summary>The unit whose readable name (the planned id) is <paramref name="name"/>.</summary>
    public static XElement Unit(XDocument document, string name, Guid? documentKey = null) =>
        document.Root!.Elements(document.Root.Name.Namespace + "file")
            .Where(f => documentKey is null || (string?)f.Attribute("id") == documentKey.Value.ToString("D"))
            .SelectMany(f => f.Descendants(document.Root.Name.Namespace + "unit"))
            .Single(u => (string?)u.Attribute("name") == name);

    /// <summary>
    /// The file with unit <paramref name="name"/>'s target replaced by <paramref name="innerXml"/>, written in the
    /// file's namespace (2.x inline markup: <c>pc</c>, <c>ph</c>).
    /// </summary>
    public static string WithTarget(string xliff, string name, string innerXml, Guid? documentKey = null) =>
        Edit(xliff, document =>
        {
            var ns = document.Root!.Name.Namespace;
            var target = Unit(document, name, documentKey).Descendants(ns + "target").Single();
            target.ReplaceNodes(XElement.Parse($"<target xmlns=\"{ns}\">{innerXml}</target>", LoadOptions.PreserveWhitespace).Nodes());
        });

    /// <summary>The file after <paramref name="edit"/>.</summary>
    public static string Edit(string xliff, Action<XDocument> edit)
    {
        var document = XliffTestJobs.Parse(xliff);
        edit(document);
        return XliffTestJobs.Serialize(document);
    }
}
