using CarePages.Core.Translation.Machine.Cloud;

namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>
/// DeepL API settings (<c>CarePages:MachineTranslation:DeepL</c>). The key is a secret: keep it in user secrets or the
/// environment, not in <c>appsettings.json</c>; nothing in the package logs it or puts it in a message, and
/// <see cref="ToString"/> only says whether one is set.
/// </summary>
public sealed class DeepLOptions
{
    /// <summary>DeepL API Pro's address.</summary>
    public static readonly Uri ProAddress = new("https://api.deepl.com/");

    /// <summary>DeepL API Free's address, for keys ending in <c>:fx</c>.</summary>
    public static readonly Uri FreeAddress = new("https://api-free.deepl.com/");

    /// <summary>The authentication key, sent as <c>Authorization: DeepL-Auth-Key …</c>; no default.</summary>
    public string? AuthKey { get; set; }

    /// <summary>
    /// The API's base address, with a trailing slash; default none, which means <see cref="FreeAddress"/> for a Free key
    /// (one ending in <c>:fx</c>) and <see cref="ProAddress"/> for any other.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>How formal translations should be; default <see cref="DeepLFormality.Default"/> (DeepL's own).</summary>
    public DeepLFormality Formality { get; set; } = DeepLFormality.Default;

    /// <summary>The address requests go to: <see cref="BaseAddress"/>, or the one DeepL documents for the key.</summary>
    internal Uri ServiceAddress =>
        BaseAddress ?? (AuthKey?.Trim().EndsWith(":fx", StringComparison.Ordinal) == true ? FreeAddress : ProAddress);

    /// <summary>The settings without the key's value.</summary>
    public override string ToString() =>
        $"DeepL {{ BaseAddress = {ServiceAddress}, Formality = {Formality}, AuthKey = {Secrets.Redacted(AuthKey)} }}";
}
