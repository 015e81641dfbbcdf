using CarePages.Core.Translation.Jobs;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>What to export for translation.</summary>
/// <param name="DocumentKeys">The documents.</param>
/// <param name="TargetCulture">The one culture the file is translated into.</param>
/// <param name="Format">XLIFF 1.2 (default), XLIFF 2.1, XLIFF 2.2 or Markdown.</param>
/// <param name="CopySourceToTarget">Fill empty targets with the source (OmegaT 3.6 needs it).</param>
public sealed record ExportRequestBody(IReadOnlyList<Guid> DocumentKeys, string TargetCulture, ExchangeFormat Format = ExchangeFormat.Xliff12, bool CopySourceToTarget = false);
