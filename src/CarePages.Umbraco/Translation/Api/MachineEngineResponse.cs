using CarePages.Core.Translation.Machine;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>The configured engine as the backoffice shows it.</summary>
/// <param name="Engine">Its name (<c>None</c> when the site has none).</param>
/// <param name="Status">Whether it answered: <c>Success</c>, <c>NotConfigured</c>, <c>EngineUnavailable</c>, …</param>
/// <param name="Version">Its version as it reported it.</param>
/// <param name="TargetCultures">The site's cultures it can pre-fill from the source culture.</param>
public sealed record MachineEngineResponse(string Engine, MachineTranslationStatus Status, string Version, IReadOnlyList<string> TargetCultures);
