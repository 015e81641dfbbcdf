using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.RichText;
using CarePages.Core.Translation.Messages;

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

    private static readonly (string Element, string Attribute, string ChangedKey, string AddedKey, string LeftOutKey)[] Kinds =
    [
        ("a", "href", MarkdownMessages.LinkChanged, MarkdownMessages.LinkAdded, MarkdownMessages.LinkLeftOut),
        ("img", "src", MarkdownMessages.ImageChanged, MarkdownMessages.ImageAdded, MarkdownMessages.ImageLeftOut),
    ];

    /// <summary>
    /// <paramref name="translated"/> with each address spelled as in <paramref name="sourceHtml"/>; or, when a link or
    /// image was added, dropped or re-addressed, null and the refusal naming each one, followed by the addresses the
    /// sanitising removed. An empty translation is left alone.
    /// </summary>
    public static (Conversion? Kept, IReadOnlyList<ExchangeNote>? Refusal) Keep(string sourceHtml, Conversion translated)
    {
        ArgumentNullException.ThrowIfNull(sourceHtml);
        ArgumentNullException.ThrowIfNull(translated);
        if (string.IsNullOrWhiteSpace(translated.Value))
        {
            return (translated, null);
        }

        var source = RichTextCleaner.Parse(sourceHtml).Body;
        var target = HtmlInput.ParseFragment(translated.Value).Body!;
        var faults = new List<(string Key, (string Name, object Value)[] Arguments)>();
        var respelled = false;
        foreach (var kind in Kinds)
        {
            respelled |= Pair(kind, source, target, faults);
        }

        if (faults.Count > 0)
        {
            var removed = translated.Warnings.Where(w => Kinds.Any(k => w.Element == $"{k.Element}[{k.Attribute}]")).Select(w => w.Note);
            return (null, [ExchangeNote.Keyed(MarkdownMessages.LinksChanged, ("changes", Listed(faults))), .. removed]);
        }

        return (respelled ? translated with { Value = CanonicalHtmlWriter.Write(target) } : translated, null);
    }

    /// <summary>Matches the target's elements of one kind to the source's by address; true when an address was respelled.</summary>
    private static bool Pair((string Element, string Attribute, string ChangedKey, string AddedKey, string LeftOutKey) kind, IElement source, IElement target, List<(string Key, (string Name, object Value)[] Arguments)> faults)
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
        faults.AddRange(Enumerable.Range(0, changed).Select(i => (kind.ChangedKey, new[] { ("from", Address(unmatched[i])), ("to", Address(added[i])) })));
        faults.AddRange(added.Skip(changed).Select(a => (kind.AddedKey, new[] { ("target", Describe(a)) })));
        faults.AddRange(unmatched.Skip(changed).Select(s => (kind.LeftOutKey, new[] { ("target", Describe(s)) })));
        return respelled;
    }

    private static string Key(string? address) => address is null ? string.Empty : Uri.UnescapeDataString(address.Trim());

    /// <summary>The first <see cref="MaxListed"/> faults as one list ("adds …, leaves out …"), counting the rest.</summary>
    private static ExchangeNote Listed(List<(string Key, (string Name, object Value)[] Arguments)> faults)
    {
        // Each fault after the first carries the ones before it, so that every language writes its own list.
        ExchangeNote? list = null;
        foreach (var (key, arguments) in faults.Take(MaxListed))
        {
            list = list is null ? ExchangeNote.Keyed(key, arguments) : ExchangeNote.Keyed(key + MarkdownMessages.Next, [("earlier", list), .. arguments]);
        }

        return faults.Count > MaxListed ? ExchangeNote.Counted(MarkdownMessages.MoreChanges, faults.Count - MaxListed, ("earlier", list!)) : list!;
    }

    private static object Describe(string? address) => address is null
        ? ExchangeNote.Keyed(MarkdownMessages.WithoutAddress)
        : ExchangeNote.Keyed(MarkdownMessages.ToAddress, ("address", Address(address)));

    private static object Address(string? address) => address is null ? ExchangeNote.Keyed(MarkdownMessages.NoAddress) : $"\"{address}\"";
}
