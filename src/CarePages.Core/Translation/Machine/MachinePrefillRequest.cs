namespace CarePages.Core.Translation.Machine;

/// <summary>Documents to pre-fill with machine translation in one target culture.</summary>
/// <param name="DocumentKeys">The documents.</param>
/// <param name="TargetCulture">The culture to pre-fill (<c>es-ES</c>).</param>
public sealed record MachinePrefillRequest(IReadOnlyList<Guid> DocumentKeys, string TargetCulture);
