namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 ITS module, Localization Quality Rating: a score or a vote, not both on one element; a threshold (or a
/// profile) only with a rating of its kind set or inherited, or set within what it covers.
/// </summary>
public sealed class ItsQualityRatingRuleTests
{
    [Theory]
    [InlineData("", "<mrk id='m1' its:locQualityRatingScore='80' its:locQualityRatingVote='3'>A</mrk>")]
    [InlineData("", "<mrk id='m1' its:locQualityRatingScoreThreshold='60'>A</mrk>")]
    [InlineData("its:locQualityRatingScore='90'", "<mrk id='m1' its:locQualityRatingVoteThreshold='2'>A</mrk>")]
    [InlineData("", "<mrk id='m1' its:locQualityRatingProfileRef='http://example.org/qaModel/v13'>A</mrk>")]
    [InlineData("", "<sm id='s1' its:locQualityRatingScoreThreshold='60'/>A<em startRef='s1'/><mrk id='m1' its:locQualityRatingScore='70'>B</mrk>")]
    public void Validate_RatingBreakingAConstraint_ItsQualityRatingFault(string unitAttributes, string target)
    {
        var report = ItsSnippet.ValidateSegment("Some text", target, unitAttributes);

        Assert.Equal("its-quality-rating", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("", "Du texte et un <mrk id='m1' type='its:generic' its:locQualityRatingVote='37' its:locQualityRatingVoteThreshold='15' its:locQualityRatingProfileRef='http://example.org/qaModel/v13'>terme</mrk>")]
    [InlineData("its:locQualityRatingScore='90' its:locQualityRatingScoreThreshold='75'", "<mrk id='m1' its:locQualityRatingVote='2' its:locQualityRatingVoteThreshold='1'>A</mrk>")]
    [InlineData("its:locQualityRatingScore='90'", "<mrk id='m1' its:locQualityRatingScoreThreshold='95'>A</mrk>")]
    [InlineData("its:locQualityRatingScoreThreshold='60' its:locQualityRatingProfileRef='http://example.org/qa'", "<mrk id='m1' its:locQualityRatingScore='70'>A</mrk>")]
    [InlineData("", "<sm id='s1' its:locQualityRatingScoreThreshold='60'/>A <mrk id='m1' its:locQualityRatingScore='70'>B</mrk><em startRef='s1'/>")]
    [InlineData("", "<sm id='s1' its:locQualityRatingVote='3'/>A <mrk id='m1' its:locQualityRatingVoteThreshold='2'>B</mrk><em startRef='s1'/>")]
    public void Validate_RatingMeetingTheConstraints_Valid(string unitAttributes, string target)
    {
        var report = ItsSnippet.ValidateSegment("Some text", target, unitAttributes);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_ThresholdOnAGroupForScoresOnTheSpansBelow_Valid()
    {
        var report = ItsSnippet.ValidateGroup(
            "its:locQualityRatingScoreThreshold='60'",
            "<unit id='u1'><segment><source>A</source><target><mrk id='m1' its:locQualityRatingScore='55'>B</mrk></target></segment></unit>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
