namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 Translation Candidates module: a match's ref points to a span of text in its unit; the core elements a
/// match reuses keep their ids unique within the match and name the match's own data; a translation candidate
/// annotation has no ref.
/// </summary>
public sealed class TranslationCandidatesRuleTests
{
    private const string Mtc = "xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\"";

    private const string Segment = "<segment id=\"s1\"><source>Paul <mrk id=\"m1\" type=\"mtc:match\">is my friend</mrk>.</source><target>Paul <mrk id=\"m1\" type=\"mtc:match\">es mi amigo</mrk>.</target></segment>";

    [Theory]
    [InlineData("<mtc:match ref=\"#m9\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#t=m9\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#/f=f1/u=u2/m1\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#n=n1\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#m1\"><source><ph id=\"1\"/><ph id=\"1\"/></source><target><ph id=\"1\"/></target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#m1\"><source><ph id=\"1\"/></source><target><ph id=\"2\"/><ph id=\"2\"/></target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#m1\"><source><ph id=\"1\"/></source><target><pc id=\"1\">x</pc></target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#m1\"><source><ph id=\"1\" dataRef=\"d1\"/></source><target><ph id=\"1\"/></target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#m1\"><originalData><data id=\"d1\">[x]</data></originalData><source><pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d2\">a</pc></source><target>a</target></mtc:match>")]
    public void Validate_MatchBreakingAConstraint_MatchesFault(string match)
    {
        var report = Xliff2Snippet.ValidateUnit($"<mtc:matches {Mtc}>{match}</mtc:matches>{Segment}");

        Assert.Equal("matches", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<mtc:match ref=\"#m1\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#t=m1\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#s1\"><source>Paul is my friend.</source><target>Paul es mi amigo.</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#/f=f1/u=u1/m1\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"http://example.com/tm#42\"><source>is my friend</source><target>es mi amigo</target></mtc:match>")]
    [InlineData("<mtc:match ref=\"#m1\"><originalData><data id=\"d1\">[x]</data></originalData><source><ph id=\"1\" dataRef=\"d1\"/>a</source><target><ph id=\"1\" dataRef=\"d1\"/>b<ph id=\"2\" dataRef=\"d1\"/></target></mtc:match>")]
    public void Validate_MatchMeetingTheConstraints_Valid(string match)
    {
        var report = Xliff2Snippet.ValidateUnit($"<mtc:matches {Mtc}>{match}</mtc:matches>{Segment}");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_MatchIdsSharedWithTheUnit_Valid()
    {
        var report = Xliff2Snippet.ValidateUnit(
            $"<mtc:matches {Mtc}><mtc:match ref=\"#m1\"><originalData><data id=\"d1\">[x]</data></originalData><source><ph id=\"1\" dataRef=\"d1\"/></source><target><ph id=\"1\" dataRef=\"d1\"/></target></mtc:match></mtc:matches>"
            + "<originalData><data id=\"d1\">[y]</data></originalData><segment><source><mrk id=\"m1\" type=\"mtc:match\"><ph id=\"1\" dataRef=\"d1\"/></mrk></source></segment>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Theory]
    [InlineData("<mrk id=\"m1\" type=\"mtc:match\" ref=\"#m2\">friend</mrk>")]
    [InlineData("<sm id=\"m1\" type=\"mtc:match\" ref=\"#m2\"/>friend<em startRef=\"m1\"/>")]
    public void Validate_TranslationCandidateAnnotationWithRef_MatchesFault(string annotation)
    {
        var report = Xliff2Snippet.ValidateUnit($"<segment><source>My {annotation}</source></segment>");

        Assert.Equal("matches", Assert.Single(report.Faults).Code);
    }
}
