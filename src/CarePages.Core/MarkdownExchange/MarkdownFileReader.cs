using CarePages.Core.Schema;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.MarkdownExchange;

/// <summary>
/// Reads a translator's Markdown exchange file (format: <see cref="MarkdownFileFormat"/>) back into field values,
/// checking that it is for the expected job, document and culture, that every field marker is there once, and that
/// rich text keeps the source's links and images (<see cref="SourceLinks"/>).
/// Comment lines between fields (the instructions, a translator's notes) are ignored.
/// </summary>
public static class MarkdownFileReader
{
    /// <summary>
    /// Reads <paramref name="text"/> against the header and fields it was exported with; a field longer than
    /// <paramref name="maxFieldLength"/> characters is refused before it is converted.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static MarkdownImport Read(
        string text,
        ExchangeFileHeader expected,
        IReadOnlyList<ExchangeField> fields,
        int maxFieldLength = TranslationExchangeOptions.DefaultMaxFieldLength,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(fields);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var errors = new List<MarkdownImportError>();
        var bodyStart = ReadHeader(lines, expected, errors);
        if (bodyStart < 0)
        {
            return new MarkdownImport([], errors);
        }

        var known = fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var sections = ReadSections(lines, bodyStart, known, errors);
        errors.AddRange(fields.Where(f => !sections.ContainsKey(f.Id)).Select(f =>
            new MarkdownImportError(MarkdownImportErrorKind.MissingField, 0, f.Id, ExchangeNote.Keyed(MarkdownMessages.MissingField, ("id", f.Id), ("label", f.Label)))));
        if (errors.Count > 0)
        {
            return new MarkdownImport([], errors);
        }

        var values = new List<ImportedField>();
        foreach (var (id, section) in sections)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = section.Sum(l => (long)l.Length + 1);
            if (length > maxFieldLength)
            {
                errors.Add(new MarkdownImportError(MarkdownImportErrorKind.FieldTooLong, FieldLine(lines, id), id,
                    ExchangeNote.Keyed(MarkdownMessages.FieldTooLong, ("field", new FieldPath(id)), ("length", length), ("limit", maxFieldLength))));
                continue;
            }

            var (value, kind, refusal) = Value(known[id], section);
            if (refusal is not null)
            {
                errors.Add(new MarkdownImportError(kind, FieldLine(lines, id), id, ExchangeNote.Keyed(MarkdownMessages.FieldRefused, ("field", new FieldPath(id)), ("refusal", refusal))));
            }
            else
            {
                values.Add(value!);
            }
        }

        return errors.Count > 0 ? new MarkdownImport([], errors) : new MarkdownImport(values, []);
    }

    /// <summary>Checks the header; returns the index of the line after it, or -1 when the file cannot be read further.</summary>
    private static int ReadHeader(string[] lines, ExchangeFileHeader expected, List<MarkdownImportError> errors)
    {
        var start = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (start < 0 || !string.Equals(lines[start].Trim(), MarkdownFileFormat.HeaderStart, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.MissingHeader, start + 1, null, ExchangeNote.Keyed(MarkdownMessages.MissingHeader, ("header", MarkdownFileFormat.HeaderStart))));
            return -1;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var end = start + 1;
        for (; end < lines.Length && lines[end].Trim() != MarkdownFileFormat.CommentEnd; end++)
        {
            var colon = lines[end].IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[lines[end][..colon].Trim()] = lines[end][(colon + 1)..].Trim();
            }
        }

        var missing = new[] { MarkdownFileFormat.JobKey, MarkdownFileFormat.DocumentKey, MarkdownFileFormat.TargetKey }.Where(k => !values.ContainsKey(k)).ToArray();
        if (end == lines.Length || missing.Length > 0)
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.MissingHeader, start + 1, null, end == lines.Length
                ? ExchangeNote.Keyed(MarkdownMessages.HeaderNotClosed, ("end", MarkdownFileFormat.CommentEnd))
                : ExchangeNote.Keyed(MarkdownMessages.HeaderIncomplete, ("keys", string.Join(", ", missing)))));
            return -1;
        }

        CheckHeader(values, expected, start + 1, errors);
        return errors.Count == 0 ? end + 1 : -1;
    }

    private static void CheckHeader(Dictionary<string, string> values, ExchangeFileHeader expected, int line, List<MarkdownImportError> errors)
    {
        if (!string.Equals(values[MarkdownFileFormat.JobKey], expected.JobId, StringComparison.Ordinal))
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.WrongJob, line, null, ExchangeNote.Keyed(MarkdownMessages.WrongJob, ("found", values[MarkdownFileFormat.JobKey]), ("expected", expected.JobId))));
        }

        if (!Guid.TryParse(values[MarkdownFileFormat.DocumentKey], out var document) || document != expected.DocumentKey)
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.WrongDocument, line, null, ExchangeNote.Keyed(MarkdownMessages.WrongDocument, ("found", values[MarkdownFileFormat.DocumentKey]), ("expected", expected.DocumentKey))));
        }

        if (!string.Equals(values[MarkdownFileFormat.TargetKey], expected.TargetCulture, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.WrongCulture, line, null, ExchangeNote.Keyed(MarkdownMessages.WrongCulture, ("found", values[MarkdownFileFormat.TargetKey]), ("expected", expected.TargetCulture))));
        }
    }

    private static Dictionary<string, List<string>> ReadSections(string[] lines, int start, Dictionary<string, ExchangeField> known, List<MarkdownImportError> errors)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var outsideReported = false;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (MarkdownFileFormat.FieldMarker().Match(line) is { Success: true } marker)
            {
                current = StartSection(marker.Groups["id"].Value, i + 1, known, sections, errors);
            }
            else if (MarkdownFileFormat.BrokenFieldMarker().IsMatch(line))
            {
                errors.Add(new MarkdownImportError(MarkdownImportErrorKind.BrokenFieldMarker, i + 1, null, ExchangeNote.Keyed(MarkdownMessages.BrokenFieldMarker)));
                current = null;
            }
            else if (!MarkdownFileFormat.CommentLine().IsMatch(line))
            {
                if (current is not null)
                {
                    current.Add(line);
                }
                else if (line.Trim().Length > 0 && !outsideReported)
                {
                    errors.Add(new MarkdownImportError(MarkdownImportErrorKind.TextOutsideField, i + 1, null, ExchangeNote.Keyed(MarkdownMessages.TextOutsideField)));
                    outsideReported = true;
                }
            }
        }

        return sections;
    }

    /// <summary>The new section's lines; a throwaway list for an unknown or repeated field, whose text is then not reported again.</summary>
    private static List<string> StartSection(string id, int line, Dictionary<string, ExchangeField> known, Dictionary<string, List<string>> sections, List<MarkdownImportError> errors)
    {
        if (!known.ContainsKey(id))
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.UnknownField, line, id, ExchangeNote.Keyed(MarkdownMessages.UnknownField, ("id", id))));
            return [];
        }

        if (sections.ContainsKey(id))
        {
            errors.Add(new MarkdownImportError(MarkdownImportErrorKind.DuplicateField, line, id, ExchangeNote.Keyed(MarkdownMessages.DuplicateField, ("id", id))));
            return [];
        }

        var section = new List<string>();
        sections.Add(id, section);
        return section;
    }

    /// <summary>The field's value, or the sentences saying why it is refused.</summary>
    private static (ImportedField? Value, MarkdownImportErrorKind Kind, IReadOnlyList<ExchangeNote>? Refusal) Value(ExchangeField field, List<string> lines)
    {
        var trimmed = lines.SkipWhile(l => l.Trim().Length == 0).Reverse().SkipWhile(l => l.Trim().Length == 0).Reverse().ToArray();
        if (PatientTextCharacters.FirstRefused(string.Join('\n', trimmed)) is { } refused)
        {
            return (null, MarkdownImportErrorKind.RefusedCharacter, [ExchangeNote.Keyed(MarkdownMessages.RefusedCharacter, ("character", refused))]);
        }

        switch (field.Kind)
        {
            case FieldKind.RichText:
                var (html, refusal) = MarkdownToHtml.TryConvert(string.Join('\n', trimmed));
                if (html is null)
                {
                    return (null, MarkdownImportErrorKind.NestingTooDeep, [refusal!]);
                }

                var (kept, changed) = SourceLinks.Keep(field.Value, html);
                return kept is null ? (null, MarkdownImportErrorKind.ChangedLinkOrImage, changed) : (new ImportedField(field.Id, kept.Value, kept.Warnings), default, null);
            case FieldKind.MultilineText:
                return (new ImportedField(field.Id, string.Join('\n', trimmed.Select(l => l.Trim())), []), default, null);
            default:
                return (new ImportedField(field.Id, string.Join(' ', trimmed.Select(l => l.Trim()).Where(l => l.Length > 0)), []), default, null);
        }
    }

    /// <summary>The 1-based line of the field line that starts <paramref name="id"/>'s section.</summary>
    private static int FieldLine(string[] lines, string id) =>
        Array.FindIndex(lines, l => MarkdownFileFormat.FieldMarker().Match(l) is { Success: true } m && m.Groups["id"].Value == id) + 1;
}
