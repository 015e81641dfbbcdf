using CarePages.Core.Schema;

namespace CarePages.Core.Translation.Units;

/// <summary>One translatable field of a document with its text in the source culture.</summary>
public sealed record TranslatableUnit
{
    /// <summary>The document's key.</summary>
    public required Guid DocumentKey { get; init; }

    /// <summary>The document type's alias (clinical types must be reviewed before publishing).</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>The culture the source text is written in.</summary>
    public required string SourceCulture { get; init; }

    /// <summary>Where the field sits in the document.</summary>
    public required FieldPath Path { get; init; }

    /// <summary>The field's label, told to translators.</summary>
    public required string Name { get; init; }

    /// <summary>Plain, multiline or rich text.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>Maximum length in characters, where one applies.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The source text (HTML for rich text).</summary>
    public required string SourceText { get; init; }

    /// <summary>The fingerprint of <see cref="SourceText"/>.</summary>
    public SourceFingerprint Fingerprint => SourceFingerprint.Of(SourceText);
}
