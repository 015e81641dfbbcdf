using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Workflow;

/// <summary>A change of the source text after a translation was made, kept so reviewers can see the difference.</summary>
/// <param name="OldSourceText">The source the translation was made from, or null when not known (an import from an older export).</param>
/// <param name="NewSourceText">The source as it is now.</param>
/// <param name="NewFingerprint">The fingerprint of <paramref name="NewSourceText"/>.</param>
public sealed record SourceChange(string? OldSourceText, string NewSourceText, SourceFingerprint NewFingerprint);
