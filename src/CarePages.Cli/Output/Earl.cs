using System.Text.Json.Nodes;
using CarePages.Core.Checks.Reports;

namespace CarePages.Cli.Output;

/// <summary>
/// The pieces of an EARL 1.0 report in JSON-LD, in the shape W3C ACT implementation reports use: a <c>@graph</c> of
/// <c>earl:Assertion</c>s, each with the asserting tool, the subject, the test, the result and the mode.
/// </summary>
internal static class Earl
{
    /// <summary>The outcome of a test that found a problem.</summary>
    public const string Failed = "earl:failed";

    /// <summary>The outcome of a test that found none.</summary>
    public const string Passed = "earl:passed";

    /// <summary>The outcome when the tool cannot decide (used for informational findings).</summary>
    public const string CantTell = "earl:cantTell";

    private static readonly string[] AssertorTypes = ["earl:Assertor", "earl:Software", "doap:Project"];

    /// <summary>Writes <paramref name="assertions"/> as one JSON-LD document.</summary>
    public static void Write(IEnumerable<JsonObject> assertions, TextWriter output) => JsonOutput.Write(new JsonObject
    {
        ["@context"] = new JsonObject
        {
            ["earl"] = "http://www.w3.org/ns/earl#",
            ["dct"] = "http://purl.org/dc/terms/",
            ["sch"] = "https://schema.org/",
            ["doap"] = "http://usefulinc.com/ns/doap#",
            ["WCAG22"] = WcagCriteria.RecommendationUri,
        },
        ["@graph"] = JsonOutput.Array(assertions),
    }, output);

    /// <summary>One assertion by carepages, made automatically.</summary>
    public static JsonObject Assertion(JsonObject subject, JsonObject test, JsonObject result) => new()
    {
        ["@type"] = "earl:Assertion",
        ["earl:assertedBy"] = new JsonObject
        {
            ["@type"] = JsonOutput.Array(AssertorTypes),
            ["doap:name"] = ToolInfo.Name,
            ["doap:release"] = new JsonObject { ["doap:revision"] = ToolInfo.Version },
        },
        ["earl:subject"] = subject,
        ["earl:test"] = test,
        ["earl:result"] = result,
        ["earl:mode"] = new JsonObject { ["@id"] = "earl:automatic" },
    };

    /// <summary>A test named <paramref name="title"/>, part of its ACT rule (when mapped) and its WCAG criteria.</summary>
    public static JsonObject Test(string title, string? actRule, IEnumerable<string> wcag)
    {
        var partOf = new List<string>();
        if (actRule is not null)
        {
            partOf.Add(RuleReference.ActRulePage(actRule));
        }

        partOf.AddRange(wcag.Select(WcagCriteria.SlugOf).OfType<string>().Select(slug => "WCAG22:" + slug));
        return new JsonObject
        {
            ["@type"] = "earl:TestCase",
            ["dct:title"] = title,
            ["dct:isPartOf"] = JsonOutput.Array(partOf.Select(id => (JsonNode)new JsonObject { ["@id"] = id })),
        };
    }

    /// <summary>A result with <paramref name="outcome"/>, what was found and where (both optional).</summary>
    public static JsonObject Result(string outcome, string? info, string? pointer)
    {
        var result = new JsonObject { ["@type"] = "earl:TestResult", ["earl:outcome"] = new JsonObject { ["@id"] = outcome } };
        if (!string.IsNullOrEmpty(info))
        {
            result["earl:info"] = info;
        }

        if (!string.IsNullOrEmpty(pointer))
        {
            result["earl:pointer"] = pointer;
        }

        return result;
    }
}
