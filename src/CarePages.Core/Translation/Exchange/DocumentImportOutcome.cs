namespace CarePages.Core.Translation.Exchange;

/// <summary>What became of one document of an imported file, as far as the file's overall status goes.</summary>
internal enum DocumentImportOutcome
{
    /// <summary>Its translations were saved as a draft.</summary>
    Applied,

    /// <summary>It already held every translation of the file (the file came back twice); nothing was written.</summary>
    AlreadyApplied,

    /// <summary>Fields were translated again after the export; the newer translations were kept, nothing was written.</summary>
    NewerTranslationKept,

    /// <summary>Left unchanged for any other reason (a rejected unit, a refused field).</summary>
    NotApplied,
}
