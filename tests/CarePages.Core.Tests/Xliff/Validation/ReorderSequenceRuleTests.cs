namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>
/// XLIFF 2.1 canReorder: a non-reorderable code also has canCopy="no" and canDelete="no"; a sequence starts with
/// firstNo, so a "no" code follows a firstNo or no code; the targets are read in their order; target orders are unique.
/// </summary>
public sealed class ReorderSequenceRuleTests
{
    private const string Fixed = "canCopy=\"no\" canDelete=\"no\"";

    [Theory]
    [InlineData($"<segment><source><ph id=\"1\" canReorder=\"no\" {Fixed}/></source></segment>", "reorder-sequence")]
    [InlineData($"<segment><source><ph id=\"1\"/><ph id=\"2\" canReorder=\"no\" {Fixed}/></source></segment>", "reorder-sequence")]
    [InlineData($"<segment><source><ph id=\"1\" canReorder=\"firstNo\" canCopy=\"no\"/></source></segment>", "reorder-sequence")]
    [InlineData($"<segment><source><ph id=\"1\" canReorder=\"firstNo\" {Fixed}/><ph id=\"2\" canReorder=\"no\" canDelete=\"no\"/></source></segment>", "reorder-sequence")]
    [InlineData($"<segment><source><pc id=\"1\"><ph id=\"2\" canReorder=\"no\" {Fixed}/></pc></source></segment>", "reorder-sequence")]
    [InlineData($"<segment><source><sc id=\"1\" canReorder=\"firstNo\" {Fixed}/>A<ec startRef=\"1\" {Fixed}/></source></segment>", "sc-ec")]
    public void Validate_SequenceBreakingTheMarking_Fault(string unitContent, string code)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.Equal(code, Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData($"<segment><source><ph id=\"1\" canReorder=\"firstNo\" {Fixed}/><ph id=\"2\" canReorder=\"no\" {Fixed}/></source></segment>")]
    [InlineData($"<segment><source><pc id=\"1\" canReorder=\"firstNo\" {Fixed}>A<ph id=\"2\" canReorder=\"no\" {Fixed}/></pc><ph id=\"3\" canReorder=\"no\" {Fixed}/></source></segment>")]
    [InlineData($"<segment><source><sc id=\"1\" canReorder=\"firstNo\" {Fixed}/>A<ec startRef=\"1\" canReorder=\"no\" {Fixed}/></source></segment>")]
    [InlineData($"<segment><source><ph id=\"1\" canReorder=\"firstNo\" {Fixed}/></source></segment><segment><source><ph id=\"2\" canReorder=\"no\" {Fixed}/></source></segment>")]
    public void Validate_SequenceMarkedAsSpecified_Valid(string unitContent)
    {
        var report = Xliff2Snippet.ValidateUnit(unitContent);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }

    [Fact]
    public void Validate_TargetsReorderedAcrossANonReorderableSequence_Fault()
    {
        var report = Xliff2Snippet.ValidateUnit(
            $"<segment><source>A<ph id=\"1\" canReorder=\"firstNo\" {Fixed}/></source><target order=\"2\">A<ph id=\"1\" canReorder=\"firstNo\" {Fixed}/></target></segment>"
            + $"<segment><source><ph id=\"2\" canReorder=\"no\" {Fixed}/>B</source><target order=\"1\"><ph id=\"2\" canReorder=\"no\" {Fixed}/>B</target></segment>");

        Assert.Contains(report.Faults, f => f.Code is "reorder-sequence" or "can-reorder");
    }

    [Fact]
    public void Validate_TargetsInReadingOrderKeepTheSequence_Valid()
    {
        var report = Xliff2Snippet.ValidateUnit(
            $"<segment><source>A<ph id=\"1\" canReorder=\"firstNo\" {Fixed}/></source><target>A<ph id=\"1\" canReorder=\"firstNo\" {Fixed}/></target></segment>"
            + $"<segment><source><ph id=\"2\" canReorder=\"no\" {Fixed}/>B</source><target><ph id=\"2\" canReorder=\"no\" {Fixed}/>B</target></segment>");

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
