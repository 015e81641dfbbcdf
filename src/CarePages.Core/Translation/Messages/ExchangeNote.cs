using System.Globalization;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Messages;

/// <summary>
/// A text of the translation exchange for people (an import reason, a reviewer's note, an export refusal), kept as a
/// message key and its values so that it can be written in any interface language when it is shown. Numbers are
/// written the way the reader's language writes them; dates stay in ISO form (<c>2026-12-07 09:30 UTC</c>) so that no
/// calendar or month name can be misread. A workflow status or refusal is written as its name in the reader's language. A <see cref="FieldPath"/> value is written as the field's label when the
/// reader of the note can name fields (<see cref="In(string, Func{FieldPath, string})"/>), else as its path. A note
/// as a value (a wrapper such as "Line {line}: {text}") is written in the same language, and a list of notes as
/// its sentences one after the other.
/// </summary>
/// <param name="Key">The <see cref="ExchangeMessages"/> key.</param>
/// <param name="Arguments">The values of the message's <c>{name}</c> placeholders: strings, numbers, dates, field paths or notes.</param>
/// <param name="Count">For a counted message, the count that chooses its plural form and fills <c>{count}</c>.</param>
public sealed record ExchangeNote(string Key, IReadOnlyList<KeyValuePair<string, object>> Arguments, long? Count = null)
{
    /// <summary>The note <paramref name="key"/> with <paramref name="arguments"/>.</summary>
    public static ExchangeNote Keyed(string key, params (string Name, object Value)[] arguments) =>
        new(key, arguments.Select(a => KeyValuePair.Create(a.Name, a.Value)).ToArray());

    /// <summary>The counted note <paramref name="key"/> (<c>key.one</c>, <c>key.other</c>, …) for <paramref name="count"/>.</summary>
    public static ExchangeNote Counted(string key, long count, params (string Name, object Value)[] arguments) =>
        new(key, arguments.Select(a => KeyValuePair.Create(a.Name, a.Value)).ToArray(), count);

    /// <summary>The note in English, for logs and for readers whose language has no texts.</summary>
    public string English => In(ExchangeMessages.FallbackLanguage);

    /// <summary>The note in <paramref name="uiCulture"/>'s language, else English; fields named by <paramref name="fieldLabel"/> when given.</summary>
    public string In(string uiCulture, Func<FieldPath, string>? fieldLabel = null)
    {
        var language = ExchangeMessages.Supports(uiCulture) ? uiCulture : ExchangeMessages.FallbackLanguage;
        var formatting = CultureInfo.GetCultureInfo(language);
        var values = Arguments.ToDictionary(a => a.Key, a => a.Value switch
        {
            FieldPath path => fieldLabel?.Invoke(path) ?? path.Value,
            ExchangeNote note => note.In(language, fieldLabel),
            TranslationStatus status => ExchangeMessages.StatusName(status, language),
            TranslationOperationStatus refusal => ExchangeMessages.OperationName(refusal, language),
            IEnumerable<ExchangeNote> sentences => string.Join(' ', sentences.Select(n => n.In(language, fieldLabel))),
            _ => Write(a.Value, formatting),
        }, StringComparer.Ordinal);
        return Count is { } count ? ExchangeMessages.Count(Key, count, language, values) : ExchangeMessages.Get(Key, language, values);
    }

    /// <inheritdoc />
    public override string ToString() => English;

    private static string Write(object value, CultureInfo culture) => value switch
    {
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        DateTime at => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        int or long => ((IFormattable)value).ToString("N0", culture),
        Guid key => key.ToString("D"),
        IFormattable formattable => formattable.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
