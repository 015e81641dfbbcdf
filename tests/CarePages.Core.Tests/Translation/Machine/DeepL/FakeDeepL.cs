using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace CarePages.Core.Tests.Translation.Machine.DeepL;

/// <summary>
/// DeepL's API as its documentation describes it, on the loopback server: the key in <c>Authorization: DeepL-Auth-Key</c>
/// (403 otherwise), <c>GET /v2/languages?type=source|target</c>, <c>POST /v3/glossaries</c> with TSV entries, and
/// <c>POST /v2/translate</c> with a JSON body of at most 50 texts and 128 KiB (413 over it), strict XML with
/// <c>tag_handling=xml</c>, <c>formality</c> refused for a target that does not support it unless <c>prefer_</c>, and a
/// <c>glossary_id</c> that must exist. It "translates" by prefixing <c>[ES]</c> (the target), keeping the tags where they are.
/// A request not shaped that way is refused with 400, as DeepL does, so a test passes only when the engine sends the
/// documented shape.
/// </summary>
internal sealed class FakeDeepL
{
    public const int MaxTexts = 50;
    public const int MaxBodyBytes = 128 * 1024;

    private static readonly string[] Sources = ["EN", "DE", "ES", "PT"];

    private static readonly (string Code, bool Formality)[] Targets =
        [("DE", true), ("EN-GB", false), ("EN-US", false), ("ES", true), ("PT-BR", true), ("PT-PT", true)];

    public string Key { get; } = $"{Guid.NewGuid():N}:fx";

    /// <summary>Glossaries created, by id: their TSV entries.</summary>
    public ConcurrentDictionary<string, string> Glossaries { get; } = new();

    /// <summary>An answer that replaces the documented one for a request (a failure, a malformed body), or null.</summary>
    public Func<RecordedRequest, LoopbackAnswer?>? Override { get; set; }

    public LoopbackAnswer Answer(RecordedRequest request)
    {
        if (request.Header("Authorization") != $"DeepL-Auth-Key {Key}")
        {
            return new LoopbackAnswer(403, """{"message":"Wrong endpoint. Use https://api.deepl.com"}""");
        }

        if (Override?.Invoke(request) is { } replaced)
        {
            return replaced;
        }

        return (request.Method, request.Path) switch
        {
            ("GET", "/v2/languages") => Languages(request.Query["type"]),
            ("POST", "/v3/glossaries") => CreateGlossary(request),
            ("POST", "/v2/translate") => Translate(request),
            _ => new LoopbackAnswer(404, """{"message":"Not found"}"""),
        };
    }

    private static LoopbackAnswer Languages(string? type) => type switch
    {
        "source" => LoopbackAnswer.Json(new JsonArray(Sources.Select(c => (JsonNode?)new JsonObject { ["language"] = c, ["name"] = c }).ToArray()).ToJsonString()),
        "target" => LoopbackAnswer.Json(new JsonArray(Targets.Select(t => (JsonNode?)new JsonObject { ["language"] = t.Code, ["name"] = t.Code, ["supports_formality"] = t.Formality }).ToArray()).ToJsonString()),
        _ => BadRequest("Value for 'type' not supported."),
    };

    private LoopbackAnswer CreateGlossary(RecordedRequest request)
    {
        if (Json(request) is not JsonObject body
            || body["name"]?.GetValue<string>() is not { Length: > 0 } name
            || body["dictionaries"] is not JsonArray { Count: 1 } dictionaries
            || dictionaries[0] is not JsonObject dictionary
            || dictionary["entries_format"]?.GetValue<string>() != "tsv"
            || dictionary["source_lang"]?.GetValue<string>() is not { Length: > 0 } source
            || dictionary["target_lang"]?.GetValue<string>() is not { Length: > 0 } target
            || dictionary["entries"]?.GetValue<string>() is not { Length: > 0 } entries
            || entries.Split('\n').Any(line => line.Split('\t') is not [{ Length: > 0 }, { Length: > 0 }]))
        {
            return BadRequest("Invalid glossary.");
        }

        var id = Guid.NewGuid().ToString();
        Glossaries[id] = entries;
        return new LoopbackAnswer(201, new JsonObject
        {
            ["glossary_id"] = id,
            ["name"] = name,
            ["dictionaries"] = new JsonArray(new JsonObject { ["source_lang"] = source, ["target_lang"] = target, ["entry_count"] = entries.Split('\n').Length }),
            ["creation_time"] = "2026-12-07T15:00:00.000Z",
        }.ToJsonString());
    }

    private LoopbackAnswer Translate(RecordedRequest request)
    {
        if (Encoding.UTF8.GetByteCount(request.Body) > MaxBodyBytes)
        {
            return new LoopbackAnswer(413, """{"message":"Request Entity Too Large"}""");
        }

        if (Json(request) is not JsonObject body || body["text"] is not JsonArray { Count: > 0 and <= MaxTexts } texts)
        {
            return BadRequest("Parameter 'text' not specified or too many texts.");
        }

        var source = body["source_lang"]?.GetValue<string>();
        var target = body["target_lang"]?.GetValue<string>();
        if (!Sources.Contains(source) || Targets.All(t => t.Code != target))
        {
            return BadRequest("Value for 'source_lang' or 'target_lang' not supported.");
        }

        if (body["tag_handling"]?.GetValue<string>() != "xml")
        {
            return BadRequest("Tags would be translated as text without tag_handling=xml.");
        }

        if (body["formality"]?.GetValue<string>() is { } formality
            && (formality is not ("default" or "more" or "less" or "prefer_more" or "prefer_less")
                || (formality is "more" or "less" && !Targets.Single(t => t.Code == target).Formality)))
        {
            return BadRequest("'formality' is not supported for given 'target_lang'.");
        }

        if (body["glossary_id"]?.GetValue<string>() is { } glossary && !Glossaries.ContainsKey(glossary))
        {
            return new LoopbackAnswer(404, """{"message":"Glossary not found"}""");
        }

        var translated = new JsonArray();
        foreach (var text in texts.Select(t => t!.GetValue<string>()))
        {
            try
            {
                _ = XElement.Parse($"<t>{text}</t>");
            }
            catch (System.Xml.XmlException)
            {
                return BadRequest("Tag handling parsing failed, please check input.");
            }

            translated.Add(new JsonObject { ["detected_source_language"] = source, ["text"] = $"[{target}] {text}" });
        }

        return LoopbackAnswer.Json(new JsonObject { ["translations"] = translated }.ToJsonString());
    }

    private static JsonNode? Json(RecordedRequest request)
    {
        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static LoopbackAnswer BadRequest(string message) => new(400, new JsonObject { ["message"] = message }.ToJsonString());
}
