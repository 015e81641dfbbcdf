namespace CarePages.Umbraco.Translation.Api;

/// <summary>What to pre-fill with machine translation.</summary>
/// <param name="DocumentKeys">The documents.</param>
/// <param name="TargetCulture">The culture whose untranslated and outdated fields get a machine draft.</param>
public sealed record PrefillRequestBody(IReadOnlyList<Guid> DocumentKeys, string TargetCulture);
