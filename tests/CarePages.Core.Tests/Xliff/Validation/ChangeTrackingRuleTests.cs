namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 Change Tracking module: currentVersion names a revision of its revisions; ref names an instance of the
/// appliesTo element beside the change track; property is content or an attribute name.
/// </summary>
public sealed class ChangeTrackingRuleTests
{
    private const string Ctr = "xmlns:ctr=\"urn:oasis:names:tc:xliff:changetracking:2.0\"";

    private const string Rest = "<notes><note id=\"n1\">Formal.</note><note id=\"n2\">Check.</note></notes><segment><source>Hello</source><target>Hola</target></segment>";

    [Theory]
    [InlineData("<ctr:revisions appliesTo=\"target\" currentVersion=\"r3\"><ctr:revision version=\"r1\"><ctr:item property=\"content\">Hola</ctr:item></ctr:revision></ctr:revisions>")]
    [InlineData("<ctr:revisions appliesTo=\"note\" ref=\"n7\"><ctr:revision><ctr:item property=\"content\">Informal.</ctr:item></ctr:revision></ctr:revisions>")]
    [InlineData("<ctr:revisions appliesTo=\"segment\" ref=\"n1\"><ctr:revision><ctr:item property=\"content\">Hello</ctr:item></ctr:revision></ctr:revisions>")]
    [InlineData("<ctr:revisions appliesTo=\"note\" ref=\"n1\"><ctr:revision><ctr:item property=\"the category\">comment</ctr:item></ctr:revision></ctr:revisions>")]
    [InlineData("<ctr:revisions appliesTo=\"note\" ref=\"n1\"><ctr:revision><ctr:item property=\"\">comment</ctr:item></ctr:revision></ctr:revisions>")]
    public void Validate_ChangeTrackBreakingAConstraint_ChangeTrackingFault(string revisions)
    {
        var report = Xliff2Snippet.ValidateUnit($"<ctr:changeTrack {Ctr}>{revisions}</ctr:changeTrack>{Rest}");

        Assert.Equal("change-tracking", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<ctr:revisions appliesTo=\"target\" currentVersion=\"r1\"><ctr:revision version=\"r1\"><ctr:item property=\"content\">Hola</ctr:item></ctr:revision><ctr:revision version=\"r2\"><ctr:item property=\"content\">Buenas</ctr:item></ctr:revision></ctr:revisions>")]
    [InlineData("<ctr:revisions appliesTo=\"note\" ref=\"n2\"><ctr:revision><ctr:item property=\"content\">Review.</ctr:item><ctr:item property=\"category\">comment</ctr:item></ctr:revision></ctr:revisions>")]
    [InlineData("<ctr:revisions appliesTo=\"note\" ref=\"n1\"><ctr:revision><ctr:item property=\"xml:lang\">en</ctr:item></ctr:revision></ctr:revisions>")]
    public void Validate_ChangeTrackMeetingTheConstraints_Valid(string revisions)
    {
        var report = Xliff2Snippet.ValidateUnit($"<ctr:changeTrack {Ctr}>{revisions}</ctr:changeTrack>{Rest}");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
