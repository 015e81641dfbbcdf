using CarePages.Core.Checks.Messages;

namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The import report's fixed reasons by key, in en, es, fr, de and ar (<c>Translation/Messages/import.&lt;language&gt;.json</c>),
/// read like the check messages: reports carry the English text (logs, the CLI) and the key, and
/// <see cref="Exchange.TranslationImportService.LabelAsync"/> puts them in the reader's language.
/// </summary>
public static class ImportMessages
{
    /// <summary>The source changed after the file was exported.</summary>
    public const string SourceChanged = "source-changed";

    /// <summary>The translation is the source copied back.</summary>
    public const string SourceCopied = "source-copied";

    /// <summary>A field that was fine was not saved because its document was not.</summary>
    public const string NotSaved = "not-saved";

    /// <summary>Every translation of the document is its source copied back.</summary>
    public const string FileUntranslated = "file-untranslated";

    /// <summary>The file was imported before.</summary>
    public const string ImportedBefore = "imported-before";

    /// <summary>Sanitising removed markup from a translation (<c>{what}</c>).</summary>
    public const string RemovedOnImport = "removed-on-import";

    /// <summary>A glossary term (<c>{term}</c>) is not translated as the glossary says (<c>{expected}</c>).</summary>
    public const string GlossaryTermMissing = "glossary-term-missing";

    /// <summary>A do-not-translate glossary term (<c>{term}</c>) was changed or dropped.</summary>
    public const string GlossaryTermChanged = "glossary-term-changed";

    /// <summary>The language every message has.</summary>
    public const string FallbackLanguage = CheckMessageCatalogue.FallbackLanguage;

    private static readonly TextCatalogue Catalogue = TextCatalogue.Load(typeof(ImportMessages).Assembly, "CarePages.Translation.Messages.");

    /// <summary>The English text of <paramref name="key"/>.</summary>
    public static string English(string key) => Get(key, CheckMessageCatalogue.FallbackLanguage);

    /// <summary>The text of <paramref name="key"/> in <paramref name="uiCulture"/>'s language, else English, with <paramref name="arguments"/> filled in.</summary>
    public static string Get(string key, string uiCulture, IReadOnlyDictionary<string, string>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Catalogue.Get(key, string.IsNullOrWhiteSpace(uiCulture) ? CheckMessageCatalogue.FallbackLanguage : uiCulture, arguments);
    }
}
