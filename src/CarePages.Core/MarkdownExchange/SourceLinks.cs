using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// The rule XLIFF enforces with inline codes (whose addresses stay in the job), applied to Markdown: links and images
/// come from the source. A translation rewords a link's text and an image's <c>alt</c> and <c>title</c>, and may move
/// them within the field, but every link and image of the source must be there once, at the same address, and no
/// other. Addresses are compared as the exchange writes them (spaces and escapes as <c>%xx</c> read alike), and the
/// accepted translation keeps the source's spelling of each.
/// </summary>
internal static class SourceLinks
{
    /// <summary>How many differences a refusal names before it only counts the rest.</summary>
    private const int MaxListed = 10;

    private static readonly (string Element, string Attribute, string Noun, string Article)[] Kinds = [("a", "href", "link", "a"), ("img", "src", "image", "an")];

    /// <summary>
    /// <paramref name="translated"/> with each address spelled as in <paramref name="sourceHtml"/>; or, when a link or
    /// image was added, dropped or re-addressed, null and the refusal naming each one. An empty translation is left alone.
    /// </summary>
    public static (Conversion? Kept, string? Refusal) Keep(string sourceHtml, Conversion translated)
    {
        ArgumentNullException.ThrowIfNull(sourceHtml);
        ArgumentNullException.ThrowIfNull(translated);
        if (string.IsNullOrWhiteSpace(translated.Value))
        {
            return (translated, null);
        }

        var source = RichTextCleaner.Parse(sourceHtml).Body;
        var target = HtmlInput.ParseFragment(translated.Value).Body!;
        var faults = new List<string>();
        var respelled = false;
        foreach (var kind in Kinds)
        {
            respelled |= Pair(kind, source, target, faults);
        }

        if (faults.Count > 0)
        {
            var removed = translated.Warnings.Where(w => Kinds.Any(k => w.Element == $"{k.Element}[{k.Attribute}]")).Select(w => " " + w.Message);
            var listed = faults.Count > MaxListed ? [.. faults.Take(MaxListed), $"and {faults.Count - MaxListed} more"] : faults;
            return (null, $"the translation {string.Join(", ", listed)}. Links and images come from the source: translate their text, alt and title, and keep every address as exported.{string.Concat(removed)}");
        }

        return (respelled ? translated with { Value = CanonicalHtmlWriter.Write(target) } : translated, null);
    }

    /// <summary>Matches the target's elements of one kind to the source's by address; true when an address was respelled.</summary>
    private static bool Pair((string Element, string Attribute, string Noun, string Article) kind, IElement source, IElement target, List<string> faults)
    {
        var sourceAddresses = source.QuerySelectorAll(kind.Element).Select(e => e.GetAttribute(kind.Attribute)).ToList();
        var pool = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sourceAddresses.Count; i++)
        {
            var key = Key(sourceAddresses[i]);
            if (!pool.TryGetValue(key, out var same))
            {
                pool[key] = same = new Queue<int>();
            }

            same.Enqueue(i);
        }

        var matched = new bool[sourceAddresses.Count];
        var added = new List<string?>();
        var respelled = false;
        foreach (var element in target.QuerySelectorAll(kind.Element))
        {
            var address = element.GetAttribute(kind.Attribute);
            if (!pool.TryGetValue(Key(address), out var candidates) || !candidates.TryDequeue(out var index))
            {
                added.Add(address);
                continue;
            }

            matched[index] = true;
            if (sourceAddresses[index] is { } spelling && spelling != address)
            {
                element.SetAttribute(kind.Attribute, spelling);
                respelled = true;
            }
        }

        var unmatched = sourceAddresses.Where((_, i) => !matched[i]).ToList();
        var changed = Math.Min(added.Count, unmatched.Count);
        faults.AddRange(Enumerable.Range(0, changed).Select(i => $"changes the {kind.Noun} address {Address(unmatched[i])} to {Address(added[i])}"));
        faults.AddRange(added.Skip(changed).Select(a => $"adds {kind.Article} {kind.Noun} {Describe(a)} that the source does not have"));
        faults.AddRange(unmatched.Skip(changed).Select(s => $"leaves out the source's {kind.Noun} {Describe(s)}"));
        return respelled;
    }

    private static string Key(string? address) => address is null ? string.Empty : Uri.UnescapeDataString(address.Trim());

    private static string Describe(string? address) => address is null ? "without an address" : $"to {Address(address)}";

    private static string Address(string? address) => address is null ? "none" : $"\"{address}\"";
}
