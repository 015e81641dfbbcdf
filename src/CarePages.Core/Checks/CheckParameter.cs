namespace CarePages.Core.Checks;

/// <summary>A threshold or option a rule reads from its settings, with its documented default.</summary>
/// <param name="Name">The setting name under <c>CarePages:Checks:Rules:&lt;ruleId&gt;:Parameters</c>.</param>
/// <param name="DefaultValue">The value used when the setting is absent, in invariant culture.</param>
/// <param name="Description">What it controls.</param>
public sealed record CheckParameter(string Name, string DefaultValue, string Description);
