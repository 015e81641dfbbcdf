using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Glossary;

/// <summary>
/// The package's starter glossary for a ketamine clinic (embedded <c>Starter/ketamine-clinic.json</c>), English into
/// Spanish, French, German and Arabic: the INNs ketamine and esketamine spelled per language, the EDQM route terms
/// "nasal use" and "intramuscular use", and Spravato as a do-not-translate brand name. Pairs are bare languages
/// (<c>en → es</c>), so they cover every regional culture. Notes say which terms a reviewer should still confirm.
/// </summary>
public static class StarterGlossary
{
    private const string ResourceName = "CarePages.Translation.Glossary.ketamine-clinic.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Every entry of the ketamine clinic's starter glossary, for every pair.</summary>
    public static IReadOnlyList<GlossaryEntry> KetamineClinic { get; } = Load();

    private static GlossaryEntry[] Load()
    {
        using var stream = typeof(StarterGlossary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded starter glossary '{ResourceName}' is missing.");
        var file = JsonSerializer.Deserialize<StarterGlossaryFile>(stream, Options)
            ?? throw new InvalidOperationException($"The embedded starter glossary '{ResourceName}' is empty.");
        return file.Entries.SelectMany(term => EntriesOf(file.Source, term)).ToArray();
    }

    private static IEnumerable<GlossaryEntry> EntriesOf(string source, StarterGlossaryTerm term)
    {
        if (term.DoNotTranslate)
        {
            return term.Languages.Select(language =>
                GlossaryEntry.DoNotTranslateTerm(new LanguagePair(source, language), term.Term) with { Note = term.Note, PartOfSpeech = term.PartOfSpeech });
        }

        return term.Targets.Select(target =>
            GlossaryEntry.Translate(new LanguagePair(source, target.Key), term.Term, target.Value.Term) with
            {
                Note = string.Join(' ', new[] { term.Note, target.Value.Note }.Where(n => !string.IsNullOrWhiteSpace(n))),
                PartOfSpeech = term.PartOfSpeech,
            });
    }
}
