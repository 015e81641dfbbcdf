using System.Xml.Linq;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>The schema check the export tests rely on does reject broken files, so their passing means something.</summary>
public sealed class Xliff2SchemasTests
{
    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Validate_SegmentWithoutSource_Fault(XliffVersion version)
    {
        var xliff = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(XliffTestJobs.OnePage("<p>x</p>"), version),
            d => d.Descendants(Xliff2TestFiles.NamespaceOf(version) + "source").First().Remove());

        Assert.Contains(Xliff2Schemas.Validate(xliff, version), f => f.StartsWith("Error", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Validate_ElementNoLoadedSchemaKnows_WarningCountsAsFault(XliffVersion version)
    {
        var xliff = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(XliffTestJobs.OnePage("<p>x</p>"), version),
            d => d.Descendants(Xliff2TestFiles.NamespaceOf(version) + "unit").First().AddFirst(new XElement(XName.Get("unknown", "urn:example:other"))));

        Assert.Contains(Xliff2Schemas.Validate(xliff, version), f => f.StartsWith("Warning", StringComparison.Ordinal));
    }
}
