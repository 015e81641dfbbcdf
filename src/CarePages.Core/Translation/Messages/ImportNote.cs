namespace CarePages.Core.Translation.Messages;

/// <summary>
/// A note for the reviewer in an import report (markup removed by sanitising, a glossary term missing), kept as a
/// message key and its values so that it can be read in any interface language; a note without a key is a text that
/// only exists in English (the Markdown converter's).
/// </summary>
/// <param name="Key">The <see cref="ImportMessages"/> key, or null for an English-only text.</param>
/// <param name="Arguments">The values of the message's <c>{name}</c> placeholders, or the English text under <c>text</c>.</param>
public sealed record ImportNote(string? Key, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>A note with the <see cref="ImportMessages"/> key <paramref name="key"/>.</summary>
    public static ImportNote Keyed(string key, params (string Name, string Value)[] arguments) =>
        new(key, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    /// <summary>A note that only exists in English.</summary>
    public static ImportNote English(string text) => new(null, new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = text });

    /// <summary>The note in <paramref name="uiCulture"/>'s language, else English.</summary>
    public string In(string uiCulture) => Key is null ? Arguments["text"] : ImportMessages.Get(Key, uiCulture, Arguments);
}
