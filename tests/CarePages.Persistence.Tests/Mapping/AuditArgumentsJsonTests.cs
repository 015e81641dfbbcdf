using CarePages.Core.Checks;
using CarePages.Persistence.Mapping;

namespace CarePages.Persistence.Tests.Mapping;

public sealed class AuditArgumentsJsonTests
{
    [Fact]
    public void Read_WhatWriteWrote_GivesBackTheValuesAndThePhrases()
    {
        var arguments = new MessageArgumentDictionary(
            new Dictionary<string, string> { ["property"] = "howItWorks", ["route"] = "intranasal use (a nasal spray)" },
            new Dictionary<string, string> { ["route"] = "clinical-route-name.intranasal" });

        var read = AuditArgumentsJson.Read(AuditArgumentsJson.Write(arguments));

        Assert.Equal(arguments, read);
        Assert.Equal("clinical-route-name.intranasal", read.Phrases["route"]);
        Assert.Equal(["property", "route"], read.Keys);
    }

    [Fact]
    public void Read_ArgumentsStoredBeforePhrases_AreValuesWithoutPhrases()
    {
        var read = AuditArgumentsJson.Read("""{"error":"The document's JSON is cut short."}""");

        Assert.Equal("The document's JSON is cut short.", read["error"]);
        Assert.Empty(read.Phrases);
    }

    [Fact]
    public void MessageArgumentDictionary_PhraseWithoutAValue_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new MessageArgumentDictionary(
            new Dictionary<string, string> { ["property"] = "howItWorks" },
            new Dictionary<string, string> { ["route"] = "clinical-route-name.intranasal" }));
}
