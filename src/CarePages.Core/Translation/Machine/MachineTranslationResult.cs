namespace CarePages.Core.Translation.Machine;

/// <summary>What an engine gave back: one translation per segment, in order, or why there are none.</summary>
/// <param name="Status">How it went.</param>
/// <param name="Translations">The translated segments in XLIFF 1.2 inline markup; empty unless successful.</param>
/// <param name="EngineVersion">The engine's version or model as it reported it.</param>
/// <param name="Detail">For a failure, what went wrong in English for logs (never a key or a segment's text).</param>
public sealed record MachineTranslationResult(MachineTranslationStatus Status, IReadOnlyList<string> Translations, string EngineVersion, string? Detail = null)
{
    /// <summary>True when every segment was translated.</summary>
    public bool Succeeded => Status == MachineTranslationStatus.Success;

    /// <summary>A failure with nothing translated.</summary>
    public static MachineTranslationResult Failed(MachineTranslationStatus status, string engineVersion, string detail) => new(status, [], engineVersion, detail);
}
