using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePages.Cli.Tests.TestSupport;

/// <summary>Content that the built-in rules judge one way or the other.</summary>
internal static class Content
{
    /// <summary>A fragment whose image has no text alternative (image-alt-missing, block) on line 3, column 3.</summary>
    public const string DefectiveFragment = "<p>Before your treatment</p>\n<p>Scan of the nose:\n  <img src=\"scan.png\"></p>\n";

    /// <summary>A fragment nothing blocks.</summary>
    public const string CleanFragment = "<p>Before your treatment</p>\n<p><img src=\"scan.png\" alt=\"The nasal spray device\"></p>\n";

    /// <summary>A whole page whose image has no text alternative.</summary>
    public const string DefectivePage = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>Nasal ketamine</title></head>\n<body>\n<h1>Nasal ketamine</h1>\n<img src=\"device.png\">\n</body>\n</html>\n";

    /// <summary>The sample intranasal route as a document, with an image without alternative text added to its es-ES "how it works".</summary>
    public static string DefectiveDocument() => RouteWithSpanishMarkup("<p><img src=\"spray.png\"></p>");

    /// <summary>The sample intranasal route as a document, with <paramref name="markup"/> appended to its es-ES "how it works".</summary>
    public static string RouteWithSpanishMarkup(string markup)
    {
        var json = File.ReadAllText(Path.Combine(Paths.SampleClinic, "02-route-intranasal.json"));
        var document = JsonNode.Parse(json)!;
        var howItWorks = document["values"]!.AsArray().Single(v => (string?)v!["alias"] == "howItWorks" && (string?)v["culture"] == "es-ES")!;
        howItWorks["value"]!["markup"] = (string?)howItWorks["value"]!["markup"] + markup;
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The sample intranasal route as a document without its <paramref name="culture"/> version (name and values).</summary>
    public static string RouteWithout(string culture)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Paths.SampleClinic, "02-route-intranasal.json")))!;
        foreach (var list in new[] { document["variants"]!.AsArray(), document["values"]!.AsArray() })
        {
            foreach (var item in list.Where(i => (string?)i!["culture"] == culture).ToList())
            {
                list.Remove(item);
            }
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
