using CarePages.Core.Checks.Messages;

namespace CarePages.Cli.Output;

/// <summary>The CLI's own labels and summaries in the <c>--ui-culture</c> language (from the embedded <c>Output/Labels/cli.&lt;language&gt;.json</c>).</summary>
internal sealed class CliLabels
{
    private readonly string _uiCulture;

    /// <summary>Creates the labels of <paramref name="uiCulture"/>; English for a language without labels.</summary>
    public CliLabels(string uiCulture) => _uiCulture = uiCulture;

    /// <summary>The catalogue every language's labels come from.</summary>
    public static TextCatalogue Catalogue { get; } = TextCatalogue.Load(typeof(CliLabels).Assembly, "CarePages.Cli.Labels.");

    /// <summary>The UI culture the labels are in.</summary>
    public string UiCulture => _uiCulture;

    /// <summary>The label <paramref name="key"/> with its <c>{name}</c> placeholders filled from <paramref name="arguments"/>.</summary>
    public string Text(string key, params (string Name, string Value)[] arguments) =>
        Catalogue.Get(key, _uiCulture, ToDictionary(arguments));

    /// <summary>The form of the counted label <paramref name="key"/> that <paramref name="count"/> takes in the UI language.</summary>
    public string Count(string key, long count, params (string Name, string Value)[] arguments) =>
        Catalogue.Count(key, count, _uiCulture, ToDictionary(arguments));

    private static Dictionary<string, string> ToDictionary((string Name, string Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}
