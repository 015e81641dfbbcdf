using System.Xml;
using System.Xml.Schema;

namespace CarePages.Core.Xliff;

/// <summary>
/// The one place that reads the XML schemas embedded under <c>Xliff/Schemas</c> and compiles them into a set, with no
/// resolver, so an <c>xs:import</c> never reaches the network: every schema a set needs is named explicitly.
/// </summary>
internal static class EmbeddedSchemas
{
    private const string ResourcePrefix = "CarePages.Xliff.Schemas.";

    /// <summary>Compiles the embedded schemas <paramref name="names"/> (e.g. <c>xml.xsd</c>, <c>Xliff20.fs.xsd</c>), imports first.</summary>
    public static XmlSchemaSet Compile(params string[] names)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var name in names)
        {
            set.Add(Read(name));
        }

        set.Compile();
        return set;
    }

    private static XmlSchema Read(string name)
    {
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The embedded schema {name} is missing.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XmlSchema.Read(reader, null) ?? throw new InvalidOperationException($"The embedded schema {name} does not read.");
    }
}
