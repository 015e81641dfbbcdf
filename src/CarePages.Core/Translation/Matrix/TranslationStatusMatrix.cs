using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Matrix;

/// <summary>
/// Documents × target cultures, with how many translatable fields are in each status: the translation dashboard.
/// Built in one pass over the states (linear in documents × cultures + states).
/// </summary>
public sealed class TranslationStatusMatrix
{
    private static readonly int StatusCount = Enum.GetValues<TranslationStatus>().Length;
    private readonly Dictionary<Guid, int> documentIndex;
    private readonly Dictionary<string, int> cultureIndex;
    private readonly int[] cells;

    private TranslationStatusMatrix(IReadOnlyList<MatrixDocument> documents, IReadOnlyList<string> cultures)
    {
        Documents = documents;
        Cultures = cultures;
        documentIndex = documents.Select((document, i) => (document.Key, i)).ToDictionary(x => x.Key, x => x.i);
        cultureIndex = cultures.Select((culture, i) => (culture, i)).ToDictionary(x => x.culture, x => x.i, StringComparer.OrdinalIgnoreCase);
        cells = new int[documents.Count * cultures.Count * StatusCount];
    }

    /// <summary>The documents (rows), in the order given.</summary>
    public IReadOnlyList<MatrixDocument> Documents { get; }

    /// <summary>The target cultures (columns), in the order given.</summary>
    public IReadOnlyList<string> Cultures { get; }

    /// <summary>
    /// Builds the matrix. <paramref name="documents"/> gives each document's number of translatable fields; fields
    /// without a state count as untranslated. States of other documents or cultures are ignored.
    /// </summary>
    public static TranslationStatusMatrix Build(
        IReadOnlyList<MatrixDocument> documents,
        IReadOnlyList<string> targetCultures,
        IEnumerable<FieldTranslationState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return Build(documents, targetCultures, states.Select(s => new StatusTally(s.DocumentKey, s.Culture, s.EffectiveStatus, 1)));
    }

    /// <summary>
    /// Builds the matrix from <paramref name="tallies"/>: counts of fields per document, culture and effective status, as
    /// the state store adds them up. Fields without a state count as untranslated; other documents and cultures are ignored.
    /// </summary>
    public static TranslationStatusMatrix Build(
        IReadOnlyList<MatrixDocument> documents,
        IReadOnlyList<string> targetCultures,
        IEnumerable<StatusTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(targetCultures);
        ArgumentNullException.ThrowIfNull(tallies);
        var matrix = new TranslationStatusMatrix(documents.ToArray(), targetCultures.ToArray());
        foreach (var tally in tallies)
        {
            if (matrix.CellStart(tally.DocumentKey, tally.Culture) is { } start)
            {
                matrix.cells[start + (int)tally.Status] += tally.Count;
            }
        }

        matrix.FillUntranslated();
        return matrix;
    }

    /// <summary>Every document's row, with the count of fields per status name in each culture.</summary>
    public IReadOnlyList<MatrixRow> Rows()
    {
        var rows = new MatrixRow[Documents.Count];
        for (var d = 0; d < rows.Length; d++)
        {
            var cultures = new Dictionary<string, IReadOnlyDictionary<string, int>>(Cultures.Count, StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < Cultures.Count; c++)
            {
                cultures[Cultures[c]] = new StatusCountsByName(cells.AsMemory((d * Cultures.Count + c) * StatusCount, StatusCount));
            }

            rows[d] = new MatrixRow(Documents[d].Key, Documents[d].Name, Documents[d].ContentTypeAlias, cultures);
        }

        return rows;
    }

    /// <summary>The counts for one document in one culture; all zero for an unknown document or culture.</summary>
    public StatusCounts Counts(Guid documentKey, string culture) =>
        CellStart(documentKey, culture) is { } start
            ? new StatusCounts(cells.AsSpan(start, StatusCount))
            : new StatusCounts(new int[StatusCount]);

    private void FillUntranslated()
    {
        for (var d = 0; d < Documents.Count; d++)
        {
            for (var c = 0; c < Cultures.Count; c++)
            {
                var start = (d * Cultures.Count + c) * StatusCount;
                var worked = 0;
                for (var s = 0; s < StatusCount; s++)
                {
                    worked += s == (int)TranslationStatus.Untranslated ? 0 : cells[start + s];
                }

                cells[start + (int)TranslationStatus.Untranslated] = Math.Max(0, Documents[d].TranslatableFields - worked);
            }
        }
    }

    private int? CellStart(Guid documentKey, string culture) =>
        documentIndex.TryGetValue(documentKey, out var d) && cultureIndex.TryGetValue(culture, out var c)
            ? (d * Cultures.Count + c) * StatusCount
            : null;
}
