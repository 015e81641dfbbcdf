using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Status;

/// <summary>
/// A field's machine draft next to what the translator made of it, for the reviewer: the engine's output and the
/// current translation as readable text (paragraphs and list items for rich text).
/// </summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="EngineVersion">Its version as it reported it.</param>
/// <param name="At">When the draft was made.</param>
/// <param name="RequestedBy">Who asked for it.</param>
/// <param name="Output">What the engine wrote.</param>
/// <param name="Current">The field's translation now; null when the culture has no value.</param>
public sealed record MachineDraftStatus(string Engine, string EngineVersion, DateTimeOffset At, UserReference RequestedBy, string Output, string? Current)
{
    /// <summary>True when a person changed the engine's output.</summary>
    public bool IsPostEdited => Current is not null && !string.Equals(Current, Output, StringComparison.Ordinal);
}
