using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Machine;

/// <summary>How a machine-translation call went.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MachineTranslationStatus>))]
public enum MachineTranslationStatus
{
    /// <summary>Every segment was translated.</summary>
    Success,

    /// <summary>No engine is configured (<c>CarePages:MachineTranslation:Engine</c> is <c>None</c>).</summary>
    NotConfigured,

    /// <summary>The engine offers no translation from the source into the target language.</summary>
    LanguagePairNotSupported,

    /// <summary>The engine could not be reached, or answered with a server error.</summary>
    EngineUnavailable,

    /// <summary>The engine did not answer within the configured time.</summary>
    Timeout,

    /// <summary>The engine asked to slow down (HTTP 429).</summary>
    RateLimited,

    /// <summary>The account's character quota is used up (DeepL 456, Azure 403 quota).</summary>
    QuotaExceeded,

    /// <summary>The engine refused the credentials (HTTP 401 or 403).</summary>
    NotAuthorised,

    /// <summary>The engine's answer could not be read, or did not hold one translation per segment.</summary>
    MalformedResponse,

    /// <summary>A segment is longer than the engine takes in one request.</summary>
    SegmentTooLong,
}
