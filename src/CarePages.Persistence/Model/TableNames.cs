namespace CarePages.Persistence.Model;

/// <summary>The package's table names, all prefixed <c>carePages</c> so they stand apart from Umbraco's in a shared database.</summary>
public static class TableNames
{
    /// <summary>Field translation states.</summary>
    public const string TranslationState = "carePagesTranslationState";

    /// <summary>How many fields of each document and culture have each effective status (the status matrix).</summary>
    public const string TranslationTally = "carePagesTranslationTally";

    /// <summary>Numbers raised at each change of some kind, to tell whether what a server keeps in memory is current.</summary>
    public const string Counter = "carePagesCounter";

    /// <summary>The append-only translation audit trail.</summary>
    public const string TranslationAudit = "carePagesTranslationAudit";

    /// <summary>Exported translation jobs.</summary>
    public const string TranslationJob = "carePagesTranslationJob";

    /// <summary>The documents of each translation job.</summary>
    public const string TranslationJobDocument = "carePagesTranslationJobDocument";

    /// <summary>Glossary entries: one term of one language pair.</summary>
    public const string GlossaryEntry = "carePagesGlossaryEntry";

    /// <summary>Translation memory segments: approved translations kept to suggest for similar text.</summary>
    public const string TranslationMemory = "carePagesTranslationMemory";

    /// <summary>The site audit's state per document.</summary>
    public const string AuditDocument = "carePagesAuditDocument";

    /// <summary>The site audit's results per document, culture and version.</summary>
    public const string AuditCulture = "carePagesAuditCulture";

    /// <summary>The site audit's stored findings.</summary>
    public const string AuditFinding = "carePagesAuditFinding";

    /// <summary>The site audit's runs.</summary>
    public const string AuditRun = "carePagesAuditRun";

    /// <summary>What the translation status matrix needs of each document.</summary>
    public const string DocumentSummary = "carePagesDocumentSummary";

    /// <summary>EF Core's record of the applied migrations of this package (apart from any other EF Core context's).</summary>
    public const string MigrationsHistory = "carePagesMigrationsHistory";
}
