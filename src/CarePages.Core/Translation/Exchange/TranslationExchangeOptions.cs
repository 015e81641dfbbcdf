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

    /// <summary>Files larger than this are refused before they are parsed. Default 20 MB.</summary>
    public long MaxFileBytes { get; init; } = XliffImportOptions.DefaultMaxFileBytes;
}
