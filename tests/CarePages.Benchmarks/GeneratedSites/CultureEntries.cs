using System.Text.Json.Nodes;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// The culture-tagged entries of a document's JSON, wherever they are: its names (<c>variants</c>), its values, the
/// values of its blocks' elements (<c>contentData[].values</c>) and the blocks' <c>expose</c> lists. Each is an object
/// in an array with a <c>culture</c> property.
/// </summary>
public static class CultureEntries
{
    /// <summary>Adds, beside every entry of <paramref name="from"/>, a copy in each of <paramref name="to"/> with its texts mapped.</summary>
    public static void Copy(JsonNode root, string from, IReadOnlyList<string> to, Func<string, string, string> text, Func<string, string, string> markup)
    {
        ArgumentNullException.ThrowIfNull(to);
        VisitArrays(root, array =>
        {
            foreach (var entry in array.OfType<JsonObject>().Where(e => Is(e, from)).ToArray())
            {
                foreach (var culture in to)
                {
                    var copy = entry.DeepClone().AsObject();
                    copy["culture"] = culture;
                    MapTexts(copy, t => text(t, culture), m => markup(m, culture));
                    array.Add(copy);
                }
            }
        });
    }

    /// <summary>Maps the name or value texts of every entry of <paramref name="culture"/>.</summary>
    public static void Map(JsonNode root, string culture, Func<string, string> text, Func<string, string> markup) =>
        VisitArrays(root, array =>
        {
            foreach (var entry in array.OfType<JsonObject>().Where(e => Is(e, culture)))
            {
                MapTexts(entry, text, markup);
            }
        });

    /// <summary>Removes every entry of <paramref name="culture"/>: the document no longer has it.</summary>
    public static void Remove(JsonNode root, string culture) =>
        VisitArrays(root, array =>
        {
            for (var i = array.Count - 1; i >= 0; i--)
            {
                if (array[i] is JsonObject entry && Is(entry, culture))
                {
                    array.RemoveAt(i);
                }
            }
        });

    /// <summary>Calls <paramref name="visit"/> on every array under <paramref name="node"/>, inner arrays first.</summary>
    public static void VisitArrays(JsonNode? node, Action<JsonArray> visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToArray())
                {
                    VisitArrays(child, visit);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToArray())
                {
                    VisitArrays(child, visit);
                }

                visit(array);
                break;
        }
    }

    private static bool Is(JsonObject entry, string culture) =>
        entry["culture"] is JsonValue value && value.TryGetValue<string>(out var c) && string.Equals(c, culture, StringComparison.OrdinalIgnoreCase);

    // A name ("name"), a plain-text value ("value": "…") or a rich-text value ("value": { "markup": "…" }); other values are kept.
    private static void MapTexts(JsonObject entry, Func<string, string> text, Func<string, string> markup)
    {
        if (entry["name"] is JsonValue name && name.TryGetValue<string>(out var n))
        {
            entry["name"] = text(n);
        }

        switch (entry["value"])
        {
            case JsonValue value when value.TryGetValue<string>(out var v):
                entry["value"] = text(v);
                break;
            case JsonObject rich when rich["markup"] is JsonValue m && m.TryGetValue<string>(out var html):
                rich["markup"] = markup(html);
                break;
        }
    }
}
