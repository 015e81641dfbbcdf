using CarePages.Core.Threading;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Exchange;

/// <summary>Settings of translation export and import.</summary>
public sealed record TranslationExchangeOptions
{
    /// <summary>
    /// The culture translations are made from. Default <c>en-GB</c>; in an Umbraco site the package sets it to the
    /// site's default language unless <c>CarePages:SourceCulture</c> is configured.
    /// </summary>
    public string SourceCulture { get; init; } = "en-GB";

    /// <summary>The default of <see cref="MaxFieldLength"/>: 200,000 characters, as the checks' <c>MaxFieldLength</c>.</summary>
    public const int DefaultMaxFieldLength = 200_000;

    /// <summary>Files larger than this are refused before they are parsed. Default 20 MB.</summary>
    public long MaxFileBytes { get; init; } = XliffImportOptions.DefaultMaxFileBytes;

    /// <summary>
    /// How many threads one XLIFF import may use to read, validate and rebuild a returned file
    /// (<see cref="XliffImportOptions.MaxDegreeOfParallelism"/>). Default: the processor count, at most 64; 1 imports on
    /// the request's own thread.
    /// </summary>
    public int ImportParallelism { get; init; } = ParallelismSetting.Default;

    /// <summary>
    /// How often one document's import is tried when other users save the same document at the same moment (each try
    /// re-reads the draft, so their work is kept); after that the document is left unchanged and the report says so.
    /// Default: 5.
    /// </summary>
    public int MaxSaveAttempts { get; init; } = 5;

    /// <summary>
    /// Longest translated field, in characters, that an import takes: a file with a longer one is refused, its document left
    /// unchanged, before Markdown is converted or anything is saved. Default: 200,000, so that every imported field can also
    /// be checked (keep it at most <c>CarePages:Checks:MaxFieldLength</c>).
    /// </summary>
    public int MaxFieldLength { get; init; } = DefaultMaxFieldLength;

    /// <summary>The default of <see cref="CopiedSourceMinLetters"/>.</summary>
    public const int DefaultCopiedSourceMinLetters = 5;

    /// <summary>
    /// A returned translation that reads exactly as its source (a file exported with the source copied into the targets
    /// and sent back untranslated) is not imported: the field stays untranslated and the report says so. Text identical
    /// in both languages is still imported when, leaving out the glossary's do-not-translate terms, it has fewer letters
    /// than this: numbers, doses, abbreviations such as "CRPS", brand names in the glossary. Default: 5.
    /// </summary>
    public int CopiedSourceMinLetters { get; init; } = DefaultCopiedSourceMinLetters;

    /// <summary>The default of <see cref="MaxMemorySuggestions"/>.</summary>
    public const int DefaultMaxMemorySuggestions = 3;

    /// <summary>
    /// How many translation-memory matches an XLIFF export offers per unit, best first, beside the target where a
    /// translator's tool shows them (1.2 <c>&lt;alt-trans&gt;</c>, 2.x <c>&lt;mtc:match&gt;</c>); 0 offers none. A field's
    /// machine draft is offered as well. Import ignores both. Default: 3.
    /// </summary>
    public int MaxMemorySuggestions { get; init; } = DefaultMaxMemorySuggestions;
}
