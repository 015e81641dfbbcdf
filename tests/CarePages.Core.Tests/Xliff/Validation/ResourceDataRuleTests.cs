namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 Resource Data module: mimeType when source and target are empty; href if and only if a source or target is
/// empty; their xml:lang is srcLang or trgLang; context="no" needs a source; resourceItemRef names a resourceItem of the file.
/// </summary>
public sealed class ResourceDataRuleTests
{
    private const string Res = "xmlns:res=\"urn:oasis:names:tc:xliff:resourcedata:2.0\" xmlns:abc=\"urn:example:abc\"";

    private const string Unit = "<unit id=\"u1\"><segment><source>Load</source></segment></unit>";

    [Theory]
    [InlineData("<res:resourceItem id=\"r1\"><res:source href=\"en.xml\"/><res:target href=\"es.xml\"/></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source/></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en.xml\"><abc:width>75</abc:width></res:source></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en.xml\" xml:lang=\"de\"/></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en.xml\"/><res:target href=\"fr.xml\" xml:lang=\"fr\"/></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\" context=\"no\"><res:target href=\"es.xml\"/></res:resourceItem>")]
    [InlineData("<res:resourceItemRef ref=\"r2\"/><res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en.xml\"/></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en.xml\"/></res:resourceItem><res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en2.xml\"/></res:resourceItem>")]
    public void Validate_ResourceDataBreakingAConstraint_Fault(string items)
    {
        var report = Xliff2Snippet.ValidateFile($"<res:resourceData {Res}>{items}</res:resourceData>{Unit}");

        Assert.Single(report.Faults);
    }

    [Theory]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"text/xml\" context=\"no\"><res:source href=\"en.xml\" xml:lang=\"en\"/><res:target href=\"es.xml\" xml:lang=\"es-es\"/></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" context=\"no\"><res:source><abc:width>75</abc:width></res:source><res:target><abc:width>150</abc:width></res:target></res:resourceItem>")]
    [InlineData("<res:resourceItem id=\"r1\" mimeType=\"image/png\"><res:reference href=\"shot.png\"/></res:resourceItem>")]
    public void Validate_ResourceDataMeetingTheConstraints_Valid(string items)
    {
        var report = Xliff2Snippet.ValidateFile($"<res:resourceData {Res}>{items}</res:resourceData>{Unit}");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Theory]
    [InlineData("r1", true)]
    [InlineData("r2", false)]
    public void Validate_UnitItemRefToTheFileItems_ValidOnlyWhenTheItemExists(string reference, bool valid)
    {
        var report = Xliff2Snippet.ValidateFile(
            $"<res:resourceData {Res}><res:resourceItem id=\"r1\" mimeType=\"text/xml\"><res:source href=\"en.xml\"/></res:resourceItem></res:resourceData>"
            + $"<unit id=\"u1\"><res:resourceData {Res}><res:resourceItemRef ref=\"{reference}\"/></res:resourceData><segment><source>Load</source></segment></unit>");

        Assert.Equal(valid, report.IsValid);
        Assert.All(report.Faults, f => Assert.Equal("resource-data", f.Code));
    }
}
