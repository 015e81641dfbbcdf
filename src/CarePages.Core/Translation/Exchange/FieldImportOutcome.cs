using System.Text.Json.Serialization;

namespace CarePages.Core.Translation.Exchange;

/// <summary>What happened to one field on import.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldImportOutcome>))]
public enum FieldImportOutcome
{
    /// <summary>The translation was saved to the draft.</summary>
    Imported,

    /// <summary>The translation was saved, but the source changed after export: it needs review against the diff.</summary>
    ImportedNeedsReview,

    /// <summary>The field's unit was refused (see the reason); its document was left unchanged.</summary>
    Rejected,

    /// <summary>The field's unit was fine, but another field of the document was refused, so nothing was saved.</summary>
    NotApplied,

    /// <summary>The draft already holds this translation from an earlier import of the same file; nothing was written.</summary>
    AlreadyApplied,

    /// <summary>
    /// The field was translated again after this file was exported; the newer translation was kept (see the diff).
    /// Import again confirming the replacement to overwrite it.
    /// </summary>
    NewerTranslationKept,

    /// <summary>
    /// The translation in the file is the source text unchanged (a copy sent back untranslated): it was not imported and
    /// the field keeps its translation state.
    /// </summary>
    SourceCopied,

    /// <summary>A machine translation was saved to the draft as the field's first draft; a translator post-edits it and a reviewer approves it.</summary>
    MachineTranslated,
}
