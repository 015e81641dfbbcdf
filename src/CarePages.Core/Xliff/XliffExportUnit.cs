namespace CarePages.Core.Xliff;

/// <summary>One translatable field of a document, as sent to translators.</summary>
public sealed record XliffExportUnit
{
    /// <summary>
    /// Where the field sits in the document: a property alias, or <c>alias/elementKey/alias</c> inside blocks.
    /// Unique within the document; the unit ids in the file derive from it, so they stay stable between exports.
    /// </summary>
    public required string FieldPath { get; init; }

    /// <summary>Plain text or rich text.</summary>
    public required XliffFieldKind Kind { get; init; }

    /// <summary>The source culture's value: plain text, or HTML for rich text.</summary>
    public required string Source { get; init; }

    /// <summary>The target culture's current value, sent as the target when present; null when untranslated.</summary>
    public string? ExistingTarget { get; init; }

    /// <summary>Maximum length in characters of a plain-text value, told to translators and checked on import.</summary>
    public int? MaxLength { get; init; }

    /// <summary>What the field is for translators, usually its label (e.g. "Page title").</summary>
    public string? Note { get; init; }

    /// <summary>The id of the field's trans-unit (plain text) or the stem of its block units (rich text).</summary>
    public string Id => FieldPath;

    /// <summary>The glossary entries the field's source uses, written as notes on the units that contain the term.</summary>
    public IReadOnlyList<XliffGlossaryNote> Glossary { get; init; } = [];

    /// <summary>
    /// The field's machine draft, offered as a candidate beside the target. Internal: set by the export for the file
    /// only, so the job's snapshot does not keep it.
    /// </summary>
    internal XliffMachineDraft? MachineDraft { get; init; }

    /// <summary>Translation-memory matches for the field's units, best first per unit; internal for the same reason.</summary>
    internal IReadOnlyList<XliffMemoryMatch> MemoryMatches { get; init; } = [];
}
