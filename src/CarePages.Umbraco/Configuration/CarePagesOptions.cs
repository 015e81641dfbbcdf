using CarePages.Core.Checks.Options;
using CarePages.Core.Rendering;
using CarePages.Core.Threading;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Machine;
using CarePages.Core.Xliff;
using CarePages.Umbraco.Persistence;
using Umbraco.Cms.Core.PublishedCache;

namespace CarePages.Umbraco.Configuration;

/// <summary>Settings under the <c>CarePages</c> configuration section.</summary>
public sealed class CarePagesOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "CarePages";

    /// <summary>What the installer does at start-up (<c>CarePages:Install</c>).</summary>
    public CarePagesInstallOptions Install { get; set; } = new();

    /// <summary>Rules, severities and thresholds of the content checks (<c>CarePages:Checks</c>).</summary>
    public CheckOptions Checks { get; set; } = new();

    /// <summary>
    /// Machine translation as a first draft (<c>CarePages:MachineTranslation</c>); default: no engine, so no text leaves
    /// the server. Bound and validated once more by the services that use it.
    /// </summary>
    public MachineTranslationOptions MachineTranslation { get; set; } = new();

    /// <summary>How the publish gate reports (<c>CarePages:PublishGate</c>).</summary>
    public CarePagesPublishGateOptions PublishGate { get; set; } = new();

    /// <summary>Where the translation tables are (<c>CarePages:Persistence</c>); default: Umbraco's database.</summary>
    public CarePagesPersistenceSettings Persistence { get; set; } = new();

    /// <summary>The clinic's name and logo in every page's header (<c>CarePages:Site</c>); default: none, the header says "Patient information".</summary>
    public SiteBranding Site { get; set; } = new();

    /// <summary>
    /// Answer URLs that match no page with the package's "page not found" page, in the request's language, when the
    /// site has no 404 of its own and its root is a CarePages page. Default: true.
    /// </summary>
    public bool ServeNotFoundPage { get; set; } = true;

    /// <summary>
    /// The culture translations are made from, e.g. <c>en-GB</c>. Default: null, meaning the site's default language.
    /// </summary>
    public string? SourceCulture { get; set; }

    /// <summary>Largest returned XLIFF or Markdown file, in bytes, that an import reads. Default: 20 MB (20,971,520).</summary>
    public long MaxImportFileBytes { get; set; } = XliffImportOptions.DefaultMaxFileBytes;

    /// <summary>
    /// How many threads one XLIFF import may use (1 to 64). Default: the server's processor count, at most 64; lower it to
    /// keep cores free for visitors while a large file is imported.
    /// </summary>
    public int ImportParallelism { get; set; } = ParallelismSetting.Default;

    /// <summary>
    /// Longest translated field, in characters, that an import takes; a longer one refuses its document unchanged.
    /// Default: 200,000 (keep it at most <c>CarePages:Checks:MaxFieldLength</c>, so that imported text can be checked).
    /// </summary>
    public int MaxImportFieldLength { get; set; } = TranslationExchangeOptions.DefaultMaxFieldLength;

    /// <summary>
    /// A returned translation identical to its source is not imported (the field stays untranslated) unless it has fewer
    /// letters than this outside the glossary's do-not-translate terms (numbers, doses, abbreviations). Default: 5.
    /// </summary>
    public int CopiedSourceMinLetters { get; set; } = TranslationExchangeOptions.DefaultCopiedSourceMinLetters;

    /// <summary>
    /// How many translation-memory matches an XLIFF export offers per unit beside the target, where a translator's tool
    /// shows them (with each field's machine draft); 0 offers none. Default: 3.
    /// </summary>
    public int MaxMemorySuggestions { get; set; } = TranslationExchangeOptions.DefaultMaxMemorySuggestions;

    /// <summary>The configured source culture, else the site's default language.</summary>
    public string SourceCultureOr(IDefaultCultureAccessor defaultCulture)
    {
        ArgumentNullException.ThrowIfNull(defaultCulture);
        return SourceCulture ?? defaultCulture.DefaultCulture;
    }
}
