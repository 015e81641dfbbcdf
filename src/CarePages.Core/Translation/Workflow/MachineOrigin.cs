namespace CarePages.Core.Translation.Workflow;

/// <summary>
/// Where a field's machine-made draft came from, kept with the field's state until another machine draft replaces it,
/// so that a reviewer sees what the engine wrote next to what the translator made of it.
/// </summary>
/// <param name="Engine">The engine's name (<c>Apertium</c>, <c>DeepL</c>).</param>
/// <param name="EngineVersion">The engine's version or model as it reported it (<c>apertium-apy en-es</c>).</param>
/// <param name="At">When the draft was made.</param>
/// <param name="RequestedBy">Who asked for it.</param>
/// <param name="Output">The value the engine's draft gave the field (HTML for rich text).</param>
public sealed record MachineOrigin(string Engine, string EngineVersion, DateTimeOffset At, UserReference RequestedBy, string Output)
{
    /// <summary>How the audit trail names the engine: <c>Apertium (apertium-apy en-es)</c>.</summary>
    public string Describe() => $"{Engine} ({EngineVersion})";
}
