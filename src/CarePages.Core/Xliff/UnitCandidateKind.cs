namespace CarePages.Core.Xliff;

/// <summary>Where a unit's translation candidate comes from.</summary>
internal enum UnitCandidateKind
{
    /// <summary>The field's machine-made draft (2.x <c>type="mt"</c>).</summary>
    MachineTranslation,

    /// <summary>A translation-memory match (2.x <c>type="tm"</c>).</summary>
    TranslationMemory,
}
