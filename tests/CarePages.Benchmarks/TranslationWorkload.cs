using System.Globalization;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Benchmarks;

/// <summary>
/// Generated translation workloads: an export job of 1,000 documents × 10 fields (five plain, five rich text with
/// bold, links and line breaks, as clinic pages have), and the states of 10,000 documents × 10 fields in 6 cultures.
/// </summary>
public static class TranslationWorkload
{
    /// <summary>The target cultures of the status matrix.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["es-ES", "fr-FR", "de-DE", "ar", "pl-PL", "pt-PT"];

    /// <summary>An en-GB → es-ES job of <paramref name="documents"/> documents of ten fields each.</summary>
    public static XliffExportJob Job(int documents = 1000, bool copySource = true) => new()
    {
        JobId = "bench-job",
        SourceCulture = "en-GB",
        TargetCulture = "es-ES",
        CopySourceToTarget = copySource,
        Documents = Enumerable.Range(0, documents).Select(Document).ToArray(),
    };

    /// <summary>The states of <paramref name="documents"/> documents × ten fields in <see cref="Cultures"/>, every status represented.</summary>
    public static (List<MatrixDocument> Documents, FieldTranslationState[] States) Matrix(int documents = 10_000)
    {
        var counts = new List<MatrixDocument>(documents);
        var states = new List<FieldTranslationState>(documents * 10 * Cultures.Count);
        var statuses = Enum.GetValues<TranslationStatus>().Where(s => s != TranslationStatus.Outdated).ToArray();
        for (var d = 0; d < documents; d++)
        {
            var key = Key(d);
            counts.Add(new MatrixDocument(key, $"Document {d}", "carePagesTreatmentRoute", 10));
            foreach (var culture in Cultures)
            {
                for (var f = 0; f < 10; f++)
                {
                    var status = statuses[(d + f) % statuses.Length];
                    states.Add(new FieldTranslationState
                    {
                        DocumentKey = key,
                        Culture = culture,
                        Path = FieldPath.Of("field" + f.ToString(CultureInfo.InvariantCulture)),
                        Status = status,
                        SourceFingerprint = SourceFingerprint.Of("source"),
                        PendingSourceChange = (d + f) % 13 == 0 ? new SourceChange("old", "new", SourceFingerprint.Of("new")) : null,
                    });
                }
            }
        }

        return (counts, states.ToArray());
    }

    private static XliffExportDocument Document(int index) => new()
    {
        Key = Key(index),
        ContentTypeAlias = "carePagesTreatmentRoute",
        Name = $"Treatment {index}",
        Units = Enumerable.Range(0, 10).Select(f => f < 5 ? Plain(index, f) : Rich(index, f)).ToArray(),
    };

    private static XliffExportUnit Plain(int document, int field) => new()
    {
        FieldPath = "title" + field.ToString(CultureInfo.InvariantCulture),
        Kind = XliffFieldKind.PlainText,
        Source = $"Intranasal ketamine, page {document}, field {field}: a nasal spray for long-term pain",
        MaxLength = 160,
        Note = "Title",
    };

    private static XliffExportUnit Rich(int document, int field) => new()
    {
        FieldPath = "body" + field.ToString(CultureInfo.InvariantCulture),
        Kind = XliffFieldKind.RichText,
        Source = $"<p>Ketamine (page {document}) is a <strong>medicine</strong> you spray into your nose.<br>A nurse shows you how.</p>"
            + "<ul><li>feel <em>dizzy</em></li><li>call <a href=\"tel:+441234567890\">01234 567890</a> to book</li></ul>",
        Note = "Body",
    };

    private static Guid Key(int index) => new(index, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);
}
