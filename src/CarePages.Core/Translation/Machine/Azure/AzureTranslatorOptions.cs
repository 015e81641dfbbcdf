using CarePages.Core.Translation.Machine.Cloud;

namespace CarePages.Core.Translation.Machine.Azure;

/// <summary>
/// Azure AI Translator settings (<c>CarePages:MachineTranslation:Azure</c>). The key is a secret: keep it in user secrets or
/// the environment, not in <c>appsettings.json</c>; nothing in the package logs it or puts it in a message, and
/// <see cref="ToString"/> only says whether one is set.
/// </summary>
public sealed class AzureTranslatorOptions
{
    /// <summary>
    /// The Translator endpoint, with a trailing slash; default the global one,
    /// <c>https://api.cognitive.microsofttranslator.com/</c> (a regional or custom-domain endpoint works the same).
    /// </summary>
    public Uri BaseAddress { get; set; } = new("https://api.cognitive.microsofttranslator.com/");

    /// <summary>The resource's key, sent as <c>Ocp-Apim-Subscription-Key</c>; no default.</summary>
    public string? Key { get; set; }

    /// <summary>
    /// The resource's region (<c>westeurope</c>), sent as <c>Ocp-Apim-Subscription-Region</c>; needed for a regional or
    /// multi-service resource, left out when empty (a global resource).
    /// </summary>
    public string? Region { get; set; }

    /// <summary>The settings without the key's value.</summary>
    public override string ToString() =>
        $"Azure {{ BaseAddress = {BaseAddress}, Region = {(string.IsNullOrWhiteSpace(Region) ? "(none)" : Region)}, Key = {Secrets.Redacted(Key)} }}";
}
