namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 ITS module, ITS Tools Referencing: its:annotatorsRef is a list of data category identifier|IRI, no
/// identifier twice; MT, terminology and text analysis confidences are in the scope of an annotator of their category.
/// </summary>
public sealed class ItsToolsReferencingRuleTests
{
    [Theory]
    [InlineData("mt-confidence")]
    [InlineData("mt-confidence|")]
    [InlineData("machine-translation|http://example.com/mt")]
    [InlineData("terminology|http://a.example terminology|http://b.example")]
    [InlineData("provenance|http://a.example localisation-note|http://b.example")]
    public void Validate_AnnotatorsRefBadlyFormed_ItsToolsFault(string annotators)
    {
        var report = ItsSnippet.ValidateSegment("Text", unitAttributes: $"its:annotatorsRef='{annotators}'");

        Assert.Equal("its-tools", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("mt-confidence|MTServices-XYZ")]
    [InlineData("allowed-characters|http://example.com/chars\n    terminology|http://example.com/terms\n    localization-quality-issue|http://example.com/qa")]
    [InlineData("directionality|a domain|b elements-within-text|c external-resource|d id-value|e language-information|f locale-filter|g localization-note|h localization-quality-rating|i preserve-space|j provenance|k storage-size|l target-pointer|m text-analysis|n translate|o")]
    public void Validate_AnnotatorsRefWellFormed_Valid(string annotators)
    {
        var report = ItsSnippet.ValidateSegment("Text", unitAttributes: $"its:annotatorsRef='{annotators}'");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Theory]
    [InlineData("<mrk id='m1' type='its:generic' its:mtConfidence='0.8'>Text</mrk>", "")]
    [InlineData("<mrk id='m1' type='its:generic' its:mtConfidence='0.8'>Text</mrk>", "its:annotatorsRef='terminology|http://example.com/t'")]
    [InlineData("<mrk id='m1' type='term' its:termConfidence='0.9'>term</mrk>", "its:annotatorsRef='mt-confidence|http://example.com/mt'")]
    [InlineData("<mrk id='m1' its:taClassRef='http://example.org/Place' its:taConfidence='0.99'>Arizona</mrk>", "")]
    [InlineData("<sm id='s1' its:annotatorsRef='mt-confidence|x'/>A<em startRef='s1'/> <sm id='s2' its:mtConfidence='0.5'/>B<em startRef='s2'/>", "")]
    public void Validate_ConfidenceWithoutItsAnnotator_ItsToolsFault(string source, string unitAttributes)
    {
        var report = ItsSnippet.ValidateSegment(source, unitAttributes: unitAttributes);

        Assert.Equal("its-tools", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<mrk id='m1' type='its:generic' its:mtConfidence='0.8982' its:annotatorsRef='mt-confidence|MTServices-XYZ'>Text</mrk>", "")]
    [InlineData("<mrk id='m1' type='term' its:termConfidence='0.9'>term</mrk>", "its:annotatorsRef='terminology|http://example.com/termchecker'")]
    [InlineData("<mrk id='m1' type='its:generic' its:taClassRef='http://example.org/Place' its:taConfidence='0.99'>Arizona</mrk>", "its:annotatorsRef='text-analysis|http://enrycher.ijs.si'")]
    [InlineData("<mrk id='m0' its:annotatorsRef='mt-confidence|x'>A <mrk id='m1' its:mtConfidence='0.5'>B</mrk></mrk>", "its:annotatorsRef='terminology|y'")]
    [InlineData("<sm id='s1' its:annotatorsRef='mt-confidence|x'/>A <sm id='s2' its:mtConfidence='0.5'/>B<em startRef='s2'/><em startRef='s1'/>", "")]
    public void Validate_ConfidenceInScopeOfItsAnnotator_Valid(string source, string unitAttributes)
    {
        var report = ItsSnippet.ValidateSegment(source, unitAttributes: unitAttributes);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_AnnotatorOnTheEnclosingGroup_Valid()
    {
        var report = ItsSnippet.ValidateGroup(
            "its:annotatorsRef='mt-confidence|http://example.com/mt'",
            "<unit id='u1'><segment><source>A</source><target><mrk id='m1' its:mtConfidence='0.678'>B</mrk></target></segment></unit>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Theory]
    [InlineData("its:annotatorsRef='mt-confidence|MTServices-XYZ'", true)]
    [InlineData("", false)]
    public void Validate_Xliff22MtConfidence_ValidOnlyWithAnAnnotator(string unitAttributes, bool valid)
    {
        var report = Xliff2Snippet.ValidateFile22(
            $"<unit id='u1' {ItsSnippet.Namespaces} {unitAttributes}><segment><source>Text</source><target><mrk id='m1' its:mtConfidence='0.678'>Texto</mrk></target></segment></unit>");

        Assert.Equal(valid, report.IsValid);
        Assert.All(report.Faults, f => Assert.Equal("its-tools", f.Code));
    }
}
