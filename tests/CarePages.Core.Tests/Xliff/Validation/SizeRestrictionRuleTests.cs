namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 Size and Length Restriction module: sizeInfo xor sizeInfoRef; on ec only when isolated; sizeInfoRef needs
/// a slr:data beside the element or an ancestor; the standard profiles' value formats.
/// </summary>
public sealed class SizeRestrictionRuleTests
{
    private const string Slr = "xmlns:slr=\"urn:oasis:names:tc:xliff:sizerestriction:2.0\"";

    private const string Profiles = "<slr:profiles " + Slr + " generalProfile=\"xliff:codepoints\" storageProfile=\"xliff:utf8\"/>";

    [Theory]
    [InlineData("<unit id=\"u1\"><slr:data profile=\"my:p\"/><segment><source><ph id=\"1\" slr:sizeInfo=\"3\" slr:sizeInfoRef=\"x1\"/></source></segment></unit>")]
    [InlineData("<unit id=\"u1\"><segment><source><sc id=\"1\"/>A<ec startRef=\"1\" slr:equivStorage=\"2\"/></source></segment></unit>")]
    [InlineData("<unit id=\"u1\"><segment><source><sc id=\"1\"/>A<ec startRef=\"1\" slr:sizeInfo=\"2\"/></source></segment></unit>")]
    [InlineData("<unit id=\"u1\" slr:sizeInfoRef=\"x1\"><segment><source>A</source></segment></unit>")]
    [InlineData("<unit id=\"u1\" slr:sizeRestriction=\"ten\"><segment><source>A</source></segment></unit>")]
    [InlineData("<unit id=\"u1\" slr:sizeRestriction=\"*,10\"><segment><source>A</source></segment></unit>")]
    [InlineData("<unit id=\"u1\" slr:storageRestriction=\"1,2,3\"><segment><source>A</source></segment></unit>")]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" slr:equivStorage=\"7 bytes\"/></source></segment></unit>")]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" slr:sizeInfo=\"wide\"/></source></segment></unit>")]
    public void Validate_SizeRestrictionBreakingAConstraint_SizeRestrictionFault(string unit)
    {
        var report = Xliff2Snippet.ValidateFile(Profiles + unit.Replace("<unit id=\"u1\"", $"<unit {Slr} id=\"u1\"", StringComparison.Ordinal));

        Assert.Equal("size-restriction", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<unit id=\"u1\" slr:sizeRestriction=\"60\" slr:storageRestriction=\"10,255\"><segment><source>A <pc id=\"1\" slr:equivStorage=\"7\" slr:sizeRestriction=\"*\">b</pc></source></segment></unit>")]
    [InlineData("<unit id=\"u1\"><slr:data profile=\"my:p\"/><segment><source><ph id=\"1\" slr:sizeInfoRef=\"x1\"/></source></segment></unit>")]
    [InlineData("<unit id=\"u1\"><segment><source><sc id=\"1\" slr:sizeInfo=\"2\" slr:equivStorage=\"\"/>A<ec startRef=\"1\"/><ec id=\"2\" isolated=\"yes\" slr:sizeInfo=\"1\"/></source></segment></unit>")]
    public void Validate_SizeRestrictionMeetingTheConstraints_Valid(string unit)
    {
        var report = Xliff2Snippet.ValidateFile(Profiles + unit.Replace("<unit id=\"u1\"", $"<unit {Slr} id=\"u1\"", StringComparison.Ordinal));

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_ThirdPartyValuesWithoutStandardProfile_Valid()
    {
        var report = Xliff2Snippet.ValidateFile($"<unit {Slr} id=\"u1\" slr:sizeRestriction=\"{{{{0,0}},{{640,480}}}}\" slr:sizeInfo=\"font:Arial\"><segment><source>A</source></segment></unit>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
