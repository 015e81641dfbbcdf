using System.Text.RegularExpressions;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// Replaces whole words (case-insensitively, keeping a capital first letter) from a fixed list, in plain text or in the
/// text between the tags of rich-text markup; attributes (links, image sources) are left alone.
/// </summary>
public sealed class WordReplacer
{
    // Text runs between tags: what follows the start or a '>' up to the next '<'.
    private static readonly Regex TextRun = new("(?<=^|>)[^<]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly IReadOnlyDictionary<string, string> _words;
    private readonly Regex _pattern;

    /// <summary>Replaces each key of <paramref name="words"/> (a word or hyphenated words) with its value.</summary>
    public WordReplacer(IReadOnlyDictionary<string, string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = new Dictionary<string, string>(words, StringComparer.OrdinalIgnoreCase);
        var alternatives = words.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape);
        _pattern = new Regex($@"(?<![\p{{L}}-])(?:{string.Join('|', alternatives)})(?![\p{{L}}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary><paramref name="text"/> with the words replaced; <paramref name="replaced"/> tells whether any was.</summary>
    public string Replace(string text, out bool replaced)
    {
        ArgumentNullException.ThrowIfNull(text);
        var any = false;
        var result = _pattern.Replace(text, match =>
        {
            any = true;
            var word = _words[match.Value];
            return char.IsUpper(match.Value[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
        });
        replaced = any;
        return result;
    }

    /// <summary>Applies <paramref name="map"/> to every text run of <paramref name="markup"/>, outside its tags.</summary>
    public static string MapText(string markup, Func<string, string> map)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(map);
        return TextRun.Replace(markup, run => map(run.Value));
    }
}
