using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine;

/// <summary>An engine as it describes itself now: its version and the language pairs it offers.</summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="Status"><see cref="MachineTranslationStatus.Success"/>, or why the engine could not be asked.</param>
/// <param name="Version">The engine's version or model.</param>
/// <param name="Pairs">The pairs offered, as language codes (<c>en → es</c>) or cultures (<c>en → en-US</c>).</param>
/// <param name="Detail">For a failure, what went wrong in English for logs.</param>
public sealed record MachineEngineDescription(string Engine, MachineTranslationStatus Status, string Version, IReadOnlyList<LanguagePair> Pairs, string? Detail = null)
{
    /// <summary>
    /// The pair that translates <paramref name="sourceCulture"/> into <paramref name="targetCulture"/> (the same cultures,
    /// or their languages; the most specific first: <c>en → en-US</c> before <c>en → en</c>), or null when none does.
    /// </summary>
    public LanguagePair? PairFor(string sourceCulture, string targetCulture)
    {
        var requested = new LanguagePair(sourceCulture, targetCulture);
        return Status == MachineTranslationStatus.Success
            ? Pairs.Where(p => p.Covers(requested)).OrderByDescending(p => p.Specificity).FirstOrDefault()
            : null;
    }

    /// <summary>The pairs as people read them: <c>en → es, es → en</c>.</summary>
    public string Offered => Pairs.Count == 0 ? "–" : string.Join(", ", Pairs);
}
