using CarePages.Core.Documents;
using CarePages.Core.SampleContent;

namespace CarePages.Core.Tests.Documents;

public sealed class MultiCultureDocumentJsonTests
{
    [Fact]
    public void Write_ThenParse_RoundTripsADocumentInTheManagementApiShape()
    {
        var original = SampleClinic.Documents[0];

        var json = MultiCultureDocumentJson.Write(original);
        var parsed = MultiCultureDocumentJson.Parse(json, "round trip");

        Assert.Contains("\"documentType\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"variants\": [", json, StringComparison.Ordinal);
        Assert.Equal(original.Id, parsed.Id);
        Assert.Equal(original.Variants, parsed.Variants);
        Assert.Equal(original.Values.Select(v => v.Value.GetRawText()), parsed.Values.Select(v => v.Value.GetRawText()));
    }

    [Fact]
    public void Parse_MalformedJson_ThrowsNamingTheSource()
    {
        var error = Assert.Throws<DocumentShapeException>(() => MultiCultureDocumentJson.Parse("{\"id\": ", "04-condition.json"));

        Assert.StartsWith("04-condition.json:", error.Message, StringComparison.Ordinal);
    }
}
