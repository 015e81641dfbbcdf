namespace CarePages.Core.Audit;

/// <summary>Which version of a document a finding was made on.</summary>
public enum AuditedVersion
{
    /// <summary>The latest saved version, what editors and translators work on.</summary>
    Draft = 0,

    /// <summary>The published version, what patients read.</summary>
    Published = 1,
}
