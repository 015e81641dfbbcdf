namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// How the English text of one copy of the sample clinic differs from the others': besides the number after each
/// page's name, copy n swaps a few words by the set n mod 4 (the first set swaps none, so the first copy is the sample).
/// </summary>
public static class CopyVariation
{
    private static readonly WordReplacer?[] Sets =
    [
        null,
        new(new Dictionary<string, string> { ["long-term"] = "persistent", ["nurse"] = "clinic nurse", ["quickly"] = "rapidly" }),
        new(new Dictionary<string, string> { ["doctor"] = "pain specialist", ["usually"] = "normally", ["medicine"] = "medication" }),
        new(new Dictionary<string, string> { ["may"] = "might", ["ease"] = "relieve", ["worried"] = "anxious" }),
    ];

    /// <summary>The name of a page in copy <paramref name="copy"/>: the sample's name, numbered from the second copy on.</summary>
    public static string Name(string name, int copy) => copy == 0 ? name : $"{name} {copy + 1}";

    /// <summary>Plain English text in copy <paramref name="copy"/>.</summary>
    public static string Text(string text, int copy) => Sets[copy % Sets.Length] is { } words ? words.Replace(text, out _) : text;

    /// <summary>English rich text in copy <paramref name="copy"/>.</summary>
    public static string Markup(string markup, int copy) =>
        Sets[copy % Sets.Length] is { } words ? WordReplacer.MapText(markup, run => words.Replace(run, out _)) : markup;
}
