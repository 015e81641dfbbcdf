namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>XLIFF 2.1 Metadata module: metadata and metaGroup ids are unique within the enclosing metadata.</summary>
public sealed class MetadataRuleTests
{
    private const string Mda = "xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\"";

    private const string Segment = "<segment><source>Name</source></segment>";

    [Theory]
    [InlineData("<mda:metadata id=\"m1\" {0}><mda:metaGroup id=\"m1\"><mda:meta type=\"a\">1</mda:meta></mda:metaGroup></mda:metadata>")]
    [InlineData("<mda:metadata {0}><mda:metaGroup id=\"g1\"><mda:metaGroup id=\"g1\"><mda:meta type=\"a\">1</mda:meta></mda:metaGroup></mda:metaGroup></mda:metadata>")]
    [InlineData("<mda:metadata {0}><mda:metaGroup id=\"g1\"><mda:metaGroup id=\"g2\"><mda:meta type=\"a\">1</mda:meta></mda:metaGroup></mda:metaGroup><mda:metaGroup><mda:metaGroup id=\"g2\"><mda:meta type=\"b\">2</mda:meta></mda:metaGroup></mda:metaGroup></mda:metadata>")]
    public void Validate_MetadataIdUsedTwice_MetadataFault(string metadata)
    {
        var report = Xliff2Snippet.ValidateUnit(string.Format(System.Globalization.CultureInfo.InvariantCulture, metadata, Mda) + Segment);

        Assert.Equal("metadata", Assert.Single(report.Faults).Code);
    }

    [Fact]
    public void Validate_MetadataIdsUniqueWithinEachMetadata_Valid()
    {
        var metadata = $"<mda:metadata id=\"m1\" {Mda}><mda:metaGroup id=\"g1\"><mda:metaGroup id=\"g2\"><mda:meta type=\"a\">1</mda:meta></mda:metaGroup></mda:metaGroup></mda:metadata>";
        var report = Xliff2Snippet.ValidateFile($"<unit id=\"u1\">{metadata}{Segment}</unit><unit id=\"u2\">{metadata}{Segment}</unit>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
