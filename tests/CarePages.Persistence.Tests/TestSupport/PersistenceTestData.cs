using CarePages.Core.Translation.Audit;
using CarePages.Core.Translation.Glossary;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Workflow;
using CarePages.Core.Xliff;

namespace CarePages.Persistence.Tests.TestSupport;

/// <summary>States, audit entries, jobs, glossary entries and memory segments as the translation workflow makes them.</summary>
internal static class PersistenceTestData
{
    public static readonly Guid IntranasalRoute = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");
    public static readonly Guid InfusionRoute = new("0b8e3f1c-2d4a-4c6e-9f10-112233445566");
    public static readonly DateTimeOffset Monday = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static UserReference Ana { get; } = new("ana", "Ana García");

    public static UserReference Lucia { get; } = new("lucia", "Lucía Pérez (reviewer)");

    public static UserReference Omar { get; } = new("omar", "Omar Said (reviewer)");

    public static FieldPath TypicalOnset { get; } = FieldPath.Of("typicalOnset");

    public static FieldPath BenefitText { get; } = FieldPath.Of("benefits").Element(new Guid("3c1d2e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5")).Property("text");

    /// <summary>An approved Spanish translation of the typical onset, translated by Ana and approved by Lucía.</summary>
    public static FieldTranslationState Approved(Guid? document = null, string culture = "es-ES", FieldPath? path = null) => new()
    {
        DocumentKey = document ?? IntranasalRoute,
        Culture = culture,
        Path = path ?? TypicalOnset,
        Status = TranslationStatus.Approved,
        SourceFingerprint = SourceFingerprint.Of("Within minutes."),
        SourceText = "Within minutes.",
        TranslatedBy = Ana,
        ChangedBy = Lucia,
        ChangedAt = Monday.AddHours(2),
    };

    /// <summary><paramref name="state"/> after its source changed to <paramref name="newSource"/>.</summary>
    public static FieldTranslationState Outdated(FieldTranslationState state, string newSource = "Within 5 to 10 minutes.") => state with
    {
        PendingSourceChange = new SourceChange(state.SourceText, newSource, SourceFingerprint.Of(newSource)),
    };

    public static TranslationAuditEntry Entry(TranslationAction action, DateTimeOffset at, Guid? document = null, string details = "", FieldPath? path = null) =>
        new(document ?? IntranasalRoute, "es-ES", path ?? TypicalOnset, action, Ana, at, details);

    /// <summary>A Spanish XLIFF job over <paramref name="documents"/> (default: the intranasal route).</summary>
    public static TranslationJob Job(string jobId, DateTimeOffset createdAt, params Guid[] documents) => new()
    {
        JobId = jobId,
        Format = ExchangeFormat.Xliff12,
        CreatedBy = Ana,
        CreatedAt = createdAt,
        Export = new XliffExportJob
        {
            JobId = jobId,
            SourceCulture = "en-GB",
            TargetCulture = "es-ES",
            CopySourceToTarget = true,
            Documents = (documents.Length == 0 ? [IntranasalRoute] : documents).Select(key => new XliffExportDocument
            {
                Key = key,
                ContentTypeAlias = "carePagesTreatmentRoute",
                Name = "Intranasal ketamine",
                Units =
                [
                    new XliffExportUnit { FieldPath = "typicalOnset", Kind = XliffFieldKind.PlainText, Source = "Within minutes.", MaxLength = 80, Note = "Typical onset", Glossary = [new("minutes", "Glossary: minutes → minutos")] },
                    new XliffExportUnit { FieldPath = "howItWorks", Kind = XliffFieldKind.RichText, Source = "<p>A <strong>nasal</strong> spray.</p>", ExistingTarget = "<p>Un espray <strong>nasal</strong>.</p>" },
                ],
            }).ToArray(),
        },
    };

    public static LanguagePair EnEs { get; } = new("en", "es");

    public static LanguagePair EnEsMx { get; } = new("en", "es-MX");

    public static LanguagePair EnFr { get; } = new("en", "fr");

    /// <summary>A segment of the typical onset approved by Lucía, English into <paramref name="targetCulture"/>.</summary>
    public static TranslationMemorySegment Segment(string source, string target, string targetCulture = "es-ES", DateTimeOffset? at = null, UserReference? by = null) => new()
    {
        SourceCulture = "en-GB",
        TargetCulture = targetCulture,
        SourceText = source,
        TargetText = target,
        DocumentKey = IntranasalRoute,
        Path = TypicalOnset,
        ApprovedBy = by ?? Lucia,
        ApprovedAt = at ?? Monday,
    };
}
