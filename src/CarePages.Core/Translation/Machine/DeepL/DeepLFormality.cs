using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>
/// How formal DeepL's translation should be (its <c>formality</c> parameter). Only some target languages support
/// formality; for the others the engine leaves <see cref="More"/> and <see cref="Less"/> out rather than have DeepL refuse
/// the request, and the <c>Prefer</c> values fall back to DeepL's default, as DeepL documents.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeepLFormality>))]
public enum DeepLFormality
{
    /// <summary>DeepL's default; no <c>formality</c> is sent.</summary>
    Default,

    /// <summary>More formal (<c>more</c>), where the target language supports it.</summary>
    More,

    /// <summary>Less formal (<c>less</c>), where the target language supports it.</summary>
    Less,

    /// <summary>More formal where available, otherwise the default (<c>prefer_more</c>).</summary>
    PreferMore,

    /// <summary>Less formal where available, otherwise the default (<c>prefer_less</c>).</summary>
    PreferLess,
}
