namespace CarePages.Umbraco.Installation;

/// <summary>The result of installing one item (language, data type, template, content type or document).</summary>
/// <param name="ItemKind">What kind of item, e.g. "content type".</param>
/// <param name="Alias">The item's alias, ISO code or name.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Status">Umbraco's operation status, when one was returned.</param>
/// <param name="Message">What an administrator needs to know, for failures.</param>
public sealed record InstallStepResult(string ItemKind, string Alias, InstallStepOutcome Outcome, string? Status = null, string? Message = null)
{
    /// <summary>True unless the step failed.</summary>
    public bool Succeeded => Outcome != InstallStepOutcome.Failed;
}
