using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CarePages.Core.Tests.Translation.Machine.Azure;

/// <summary>
/// Azure AI Translator's Text API v3 as Microsoft documents it, on the loopback server: <c>GET /languages?api-version=3.0&amp;scope=translation</c>
/// without a key, and <c>POST /translate?api-version=3.0&amp;from=…&amp;to=…&amp;textType=html</c> with the key in
/// <c>Ocp-Apim-Subscription-Key</c> (401000 otherwise), a JSON array of <c>{"Text": …}</c> of at most 1,000 elements and
/// 50,000 characters (400077 over it). In HTML mode it "translates" by prefixing <c>[es]</c> (the target), applies the
/// dynamic dictionary (the element replaced by its <c>translation</c>, only when English is one side, as documented)
/// and writes void elements back the HTML way (<c>&lt;img id="x2"&gt;</c>, no slash). Markup that is not well-formed
/// HTML, such as XLIFF's <c>&lt;x id="2"/&gt;</c>, is refused with 400, so a test passes only when the engine sends the
/// documented shape.
/// </summary>
internal sealed partial class FakeAzureTranslator
{
    public const int MaxElements = 1_000;
    public const int MaxCharacters = 50_000;

    private static readonly string[] Languages = ["en", "es", "fr", "pt", "pt-pt", "zh-Hans"];

    public string Key { get; } = $"azure-{Guid.NewGuid():N}";

    /// <summary>The region the resource is in, when requests must name it.</summary>
    public string? Region { get; set; }

    /// <summary>An answer that replaces the documented one for a request (a failure, a malformed body), or null.</summary>
    public Func<RecordedRequest, LoopbackAnswer?>? Override { get; set; }

    public LoopbackAnswer Answer(RecordedRequest request)
    {
        if (request is { Method: "GET", Path: "/languages" })
        {
            return request.Query["api-version"] == "3.0" && request.Query["scope"] == "translation"
                ? LoopbackAnswer.Json(new JsonObject { ["translation"] = new JsonObject(Languages.Select(l => KeyValuePair.Create(l, (JsonNode?)new JsonObject { ["name"] = l, ["nativeName"] = l, ["dir"] = "ltr" }))) }.ToJsonString())
                : Error(400, 400021, "The API version parameter is missing or invalid.");
        }

        if (request is not { Method: "POST", Path: "/translate" })
        {
            return Error(404, 404001, "The requested resource was not found.");
        }

        if (request.Header("Ocp-Apim-Subscription-Key") != Key || (Region is not null && request.Header("Ocp-Apim-Subscription-Region") != Region))
        {
            return Error(401, 401000, "The request isn't authorized because credentials are missing or invalid.");
        }

        if (Override?.Invoke(request) is { } replaced)
        {
            return replaced;
        }

        var (from, to) = (request.Query["from"], request.Query["to"]);
        if (request.Query["api-version"] != "3.0" || request.Query["textType"] != "html" || !Languages.Contains(from) || !Languages.Contains(to))
        {
            return Error(400, 400000, "One of the request inputs isn't valid.");
        }

        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true || Elements(request.Body) is not { } texts)
        {
            return Error(400, 400074, "The body of the request isn't valid JSON.");
        }

        if (texts.Count > MaxElements)
        {
            return Error(400, 400072, "The array of input text has too many elements.");
        }

        if (texts.Sum(t => t.Length) > MaxCharacters)
        {
            return Error(400, 400077, "The maximum request size has been exceeded.");
        }

        if (texts.Any(t => XliffCode().IsMatch(t)))
        {
            return Error(400, 400005, "An input text is missing or invalid.");
        }

        var dictionary = from!.StartsWith("en", StringComparison.Ordinal) || to!.StartsWith("en", StringComparison.Ordinal);
        var answers = texts.Select(t => (JsonNode?)new JsonObject
        {
            ["translations"] = new JsonArray(new JsonObject { ["text"] = $"[{to}] {Translated(t, dictionary)}", ["to"] = to }),
        });
        return LoopbackAnswer.Json(new JsonArray(answers.ToArray()).ToJsonString());
    }

    public static LoopbackAnswer Error(int status, int code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    private static string Translated(string html, bool dictionary)
    {
        var text = dictionary
            ? Dictionary().Replace(html, m => WebUtility.HtmlDecode(m.Groups["translation"].Value))
            : Dictionary().Replace(html, m => m.Groups["phrase"].Value);
        return VoidElement().Replace(text, m => $"<{m.Groups["tag"].Value}>");
    }

    private static List<string>? Elements(string body)
    {
        try
        {
            if (JsonNode.Parse(body) is not JsonArray array)
            {
                return null;
            }

            var texts = new List<string>();
            foreach (var element in array)
            {
                if (element is not JsonObject item || item["Text"] is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
                {
                    return null;
                }

                texts.Add(text.GetValue<string>());
            }

            return texts;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<mstrans:dictionary translation="(?<translation>[^"]*)">(?<phrase>.*?)</mstrans:dictionary>""")]
    private static partial Regex Dictionary();

    [GeneratedRegex("""<(?<tag>img[^>]*?)\s*/>""")]
    private static partial Regex VoidElement();

    [GeneratedRegex("""</?(g|x)[\s/>]""")]
    private static partial Regex XliffCode();
}
