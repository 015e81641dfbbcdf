using System.Globalization;

namespace CarePages.Core.Translation.Messages;

/// <summary>
/// Notes used as the value of another note's placeholder (a unit's several problems, a fault at a line), so that they
/// are written in the same language as the note that holds them: <see cref="ExchangeNote.In"/> formats an
/// <see cref="IFormattable"/> value with the reader's culture, and this writes each note in that culture's language,
/// separated by a space.
/// </summary>
/// <param name="Notes">The notes, in order.</param>
internal sealed record NestedNotes(IReadOnlyList<ExchangeNote> Notes) : IFormattable
{
    /// <summary>One note as a placeholder value.</summary>
    public static NestedNotes Of(ExchangeNote note) => new([note]);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.Join(' ', Notes.Select(n => n.In((formatProvider as CultureInfo)?.Name ?? ExchangeMessages.FallbackLanguage)));

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', Notes.Select(n => n.English));
}
