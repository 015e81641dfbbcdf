namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>XLIFF 2.1 subFlows, subFlowsStart, subFlowsEnd: space-separated ids of other units in the same file.</summary>
public sealed class SubFlowsRuleTests
{
    private const string Menu = "<unit id=\"u2\"><segment><source>Menu</source></segment></unit><unit id=\"u3\"><segment><source>Title</source></segment></unit>";

    [Theory]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u9\"/></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u2 u9\"/></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u1\"/></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><pc id=\"1\" subFlowsStart=\"u2\" subFlowsEnd=\"u8\">A</pc></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><sc id=\"1\" subFlows=\"u7\"/>A<ec startRef=\"1\"/></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u2\"/></source><target><ph id=\"1\" subFlows=\"u6\"/></target></segment></unit>" + Menu)]
    public void Validate_SubFlowNamingNoOtherUnitOfTheFile_SubflowsFault(string fileContent)
    {
        var report = Xliff2Snippet.ValidateFile(fileContent);

        Assert.Equal("subflows", Assert.Single(report.Faults).Code);
    }

    [Theory]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u2\"/></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u2 u3\"/></source></segment></unit>" + Menu)]
    [InlineData("<unit id=\"u1\"><segment><source><pc id=\"1\" subFlowsStart=\"u2\" subFlowsEnd=\"u3\">A</pc></source></segment></unit>" + Menu)]
    [InlineData("<group id=\"g1\">" + Menu + "</group><unit id=\"u1\"><segment><source><ph id=\"1\" subFlows=\"u3\"/></source></segment></unit>")]
    public void Validate_SubFlowNamingUnitsOfTheFile_Valid(string fileContent)
    {
        var report = Xliff2Snippet.ValidateFile(fileContent);

        Assert.True(report.IsValid, Xliff2Snippet.Describe(report));
    }
}
