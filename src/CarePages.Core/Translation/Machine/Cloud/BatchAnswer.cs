namespace CarePages.Core.Translation.Machine.Cloud;

/// <summary>What one request for a batch of segments gave back: a text per segment, or why there are none.</summary>
/// <param name="Texts">The translations in the batch's order; null unless successful.</param>
/// <param name="Status">How it went.</param>
/// <param name="Detail">For a failure, what went wrong in English for logs (never a key or a segment's text).</param>
internal sealed record BatchAnswer(IReadOnlyList<string>? Texts, MachineTranslationStatus Status, string? Detail)
{
    /// <summary>The translations of a batch.</summary>
    public static BatchAnswer Of(IReadOnlyList<string> texts) => new(texts, MachineTranslationStatus.Success, null);

    /// <summary>A failed batch.</summary>
    public static BatchAnswer Failed(MachineTranslationStatus status, string? detail) => new(null, status, detail);

    /// <summary>The answer as an engine's result, recorded with <paramref name="engineVersion"/>.</summary>
    public MachineTranslationResult ToResult(string engineVersion) => Status == MachineTranslationStatus.Success
        ? new MachineTranslationResult(MachineTranslationStatus.Success, Texts ?? [], engineVersion)
        : MachineTranslationResult.Failed(Status, engineVersion, Detail ?? string.Empty);
}
