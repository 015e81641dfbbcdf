using CarePages.Core.Checks.Messages;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Vocabulary;

/// <summary>
/// Word lists per content language (generic link texts, placeholder alt texts, route terms, calls to action …), from the
/// embedded <c>Checks/Vocabulary/&lt;group&gt;.&lt;language&gt;.json</c> files, each an object of list name → terms.
/// Terms are compared case-insensitively after trimming.
/// </summary>
public sealed class LanguageVocabulary
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> _byLanguage;

    private LanguageVocabulary(Dictionary<string, Dictionary<string, HashSet<string>>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The package's built-in vocabulary.</summary>
    public static LanguageVocabulary BuiltIn { get; } = Load();

    /// <summary>The languages that have at least one list.</summary>
    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    /// <summary>The list <paramref name="listName"/> for <paramref name="culture"/>'s language; empty when there is none.</summary>
    public IReadOnlySet<string> Terms(string culture, string listName) =>
        _byLanguage.TryGetValue(CultureNames.LanguageOf(culture), out var lists) && lists.TryGetValue(listName, out var terms)
            ? terms
            : None;

    /// <summary>True when <paramref name="culture"/>'s language has the list <paramref name="listName"/>.</summary>
    public bool Has(string culture, string listName) => Terms(culture, listName).Count > 0;

    private static LanguageVocabulary Load()
    {
        var byLanguage = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, lists) in EmbeddedJson.Read<Dictionary<string, string[]>>("CarePages.Checks.Vocabulary."))
        {
            if (!byLanguage.TryGetValue(language, out var merged))
            {
                byLanguage[language] = merged = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            }

            foreach (var (name, terms) in lists)
            {
                if (!merged.TryGetValue(name, out var set))
                {
                    merged[name] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                set.UnionWith(terms.Select(t => t.Trim()));
            }
        }

        return new LanguageVocabulary(byLanguage);
    }
}
