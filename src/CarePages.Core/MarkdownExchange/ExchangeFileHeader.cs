namespace CarePages.Core.MarkdownExchange;

/// <summary>What an exchange file is for: the job, the document and the culture its text is in or is to be translated into.</summary>
/// <param name="JobId">The translation job's id.</param>
/// <param name="DocumentKey">The document's key.</param>
/// <param name="SourceCulture">The culture the text was exported from.</param>
/// <param name="TargetCulture">The culture the translator writes.</param>
public sealed record ExchangeFileHeader(string JobId, Guid DocumentKey, string SourceCulture, string TargetCulture);
