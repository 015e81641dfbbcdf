namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the machine pre-fill's texts (<c>Translation/Messages/machine.&lt;language&gt;.json</c>, read by
/// <see cref="ExchangeMessages"/>). No text holds a key, an address or the engine's raw answer.
/// </summary>
public static class MachineMessages
{
    /// <summary>No engine is configured.</summary>
    public const string NotConfigured = "machine.not-configured";

    /// <summary>The engine (<c>{engine}</c>) offers no pair <c>{source}</c> → <c>{target}</c>; it offers <c>{pairs}</c>.</summary>
    public const string NoPair = "machine.no-pair";

    /// <summary>The engine (<c>{engine}</c>) could not be reached or failed.</summary>
    public const string Unavailable = "machine.unavailable";

    /// <summary>The engine (<c>{engine}</c>) did not answer within <c>{seconds}</c> seconds.</summary>
    public const string Timeout = "machine.timeout";

    /// <summary>The engine (<c>{engine}</c>) asked to slow down.</summary>
    public const string RateLimited = "machine.rate-limited";

    /// <summary>The engine's (<c>{engine}</c>) quota is used up.</summary>
    public const string QuotaExceeded = "machine.quota-exceeded";

    /// <summary>The engine (<c>{engine}</c>) refused the site's credentials.</summary>
    public const string NotAuthorised = "machine.not-authorised";

    /// <summary>The engine's (<c>{engine}</c>) answer could not be read.</summary>
    public const string Malformed = "machine.malformed";

    /// <summary>A block of a field (<c>{field}</c>) is <c>{length}</c> characters, more than the engine (<c>{engine}</c>) takes (<c>{limit}</c>).</summary>
    public const string SegmentTooLong = "machine.segment-too-long";

    /// <summary>Unit <c>{unit}</c>: the engine's answer is not well-formed markup (<c>{detail}</c>).</summary>
    public const string Unreadable = "machine.unreadable";

    /// <summary>
    /// The engine's translation of the field cannot be used (<c>{problems}</c>: formatting or links lost, added or
    /// misplaced, over the field's length limit, unreadable); the field was left as it was.
    /// </summary>
    public const string FieldUnusable = "machine.field-unusable";

    /// <summary>No field of document <c>{document}</c> is untranslated or outdated in <c>{culture}</c>.</summary>
    public const string NothingToPrefill = "machine.nothing-to-prefill";

    /// <summary>Every field the engine translated came back broken, so nothing of the document was saved.</summary>
    public const string NothingUsable = "machine.nothing-usable";

    /// <summary>The field was pre-filled: <c>{engine}</c> blocks by the engine, <c>{memory}</c> from the translation memory.</summary>
    public const string Prefilled = "machine.prefilled";
}
