namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// The French, German and Polish texts of the generated site, which the sample clinic does not have: the English text
/// with its commonest words swapped for the language's. Not translations: texts that differ from the source sentence by
/// sentence (so <c>text-identical-to-source</c> stays quiet) and carry the language's letters. A sentence with none of
/// the words gets the language's "Note:" in front.
/// </summary>
public static class PseudoTranslation
{
    private static readonly Dictionary<string, (WordReplacer Words, string Note)> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr-FR"] = (new WordReplacer(Words(
            "the le|a un|and et|or ou|you vous|your votre|is est|are sont|it il|to à|of de|in dans|on sur|with avec|for pour|may peut|can peut|"
            + "not pas|this ce|that que|if si|how comment|what quoi|when quand|pain douleur|nurse infirmière|doctor médecin|medicine médicament|"
            + "treatment traitement|day jour|feel sentir|help aide|clinic clinique|nose nez|blood sang|people personnes|usually généralement|"
            + "long-term chronique|call appelez|side secondaires|effects effets|hour heure|home maison|use utiliser|ketamine kétamine")), "Remarque :"),
        ["de-DE"] = (new WordReplacer(Words(
            "the die|a ein|and und|or oder|you Sie|your Ihr|is ist|are sind|it es|to zu|of von|in im|on auf|with mit|for für|may kann|can kann|"
            + "not nicht|this dies|that dass|if wenn|how wie|what was|when wann|pain Schmerzen|nurse Pflegekraft|doctor Arzt|medicine Medikament|"
            + "treatment Behandlung|day Tag|feel fühlen|help Hilfe|clinic Klinik|nose Nase|blood Blut|people Menschen|usually meistens|"
            + "long-term chronische|call rufen|side Neben|effects Wirkungen|hour Stunde|home Hause|use verwenden|ketamine Ketamin")), "Hinweis:"),
        ["pl-PL"] = (new WordReplacer(Words(
            "the ten|a jeden|and i|or lub|you ty|your twój|is jest|are są|it to|to do|of z|in w|on na|with z|for dla|may może|can może|"
            + "not nie|this ten|that że|if jeśli|how jak|what co|when kiedy|pain ból|nurse pielęgniarka|doctor lekarz|medicine lek|"
            + "treatment leczenie|day dzień|feel czuć|help pomoc|clinic klinika|nose nos|blood krew|people ludzie|usually zwykle|"
            + "long-term przewlekły|call zadzwoń|side uboczne|effects skutki|hour godzina|home dom|use używać|ketamine ketamina")), "Uwaga:"),
    };

    /// <summary>Plain text in <paramref name="culture"/>; values that are not prose (URLs, numbers, codes) are kept.</summary>
    public static string Text(string text, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsProse(text))
        {
            return text;
        }

        var (words, note) = Languages[culture];
        var translated = words.Replace(text, out var replaced);
        return replaced || !HasSentence(text) ? translated : $"{note} {text}";
    }

    /// <summary>Rich text in <paramref name="culture"/>: each run of text between tags as <see cref="Text"/>.</summary>
    public static string Markup(string markup, string culture) => WordReplacer.MapText(markup, run => Text(run, culture));

    private static bool IsProse(string text) =>
        text.Any(char.IsLetter)
        && !text.Contains("://", StringComparison.Ordinal)
        && !text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
        && !text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
        && !text.StartsWith('/');

    // Two words or more, at least 12 characters: what text-identical-to-source compares.
    private static bool HasSentence(string text) => text.Trim().Length >= 12 && text.Trim().Contains(' ', StringComparison.Ordinal);

    private static Dictionary<string, string> Words(string pairs) => pairs.Split('|')
        .Select(pair => pair.Split(' ', 2))
        .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);
}
