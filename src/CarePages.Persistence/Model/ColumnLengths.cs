namespace CarePages.Persistence.Model;

/// <summary>
/// Maximum lengths of the text columns that are keys or indexed (SQL Server cannot index unbounded text): the
/// state table's key (16 + 2 × 32 + 2 × 400 bytes) and the glossary's (2 × 32 + 2 × 32 + 2 × 256 bytes) stay under SQL
/// Server's 900-byte clustered key limit.
/// </summary>
public static class ColumnLengths
{
    /// <summary>A culture name such as <c>zh-Hant-TW</c>.</summary>
    public const int Culture = 32;

    /// <summary>A field path; a block field nested a few levels deep is about 50 characters a level.</summary>
    public const int FieldPath = 400;

    /// <summary>A job id.</summary>
    public const int JobId = 128;

    /// <summary>A user's key.</summary>
    public const int UserKey = 128;

    /// <summary>A user's display name.</summary>
    public const int UserName = 256;

    /// <summary>An enum stored by name.</summary>
    public const int EnumName = 32;

    /// <summary>A source fingerprint: 64 hex digits.</summary>
    public const int Fingerprint = 64;

    /// <summary>A glossary source term as its term key folds it (a term is a word or a short phrase).</summary>
    public const int GlossaryTerm = 256;

    /// <summary>A translation memory segment's text hash: 64 hex digits of SHA-256.</summary>
    public const int TextHash = 64;

    /// <summary>A machine-translation engine's name.</summary>
    public const int EngineName = 64;

    /// <summary>A machine-translation engine's version or model as it reports it.</summary>
    public const int EngineVersion = 128;

    /// <summary>A document's change stamp from the content source.</summary>
    public const int Stamp = 128;

    /// <summary>A document's name.</summary>
    public const int DocumentName = 512;

    /// <summary>A document type alias.</summary>
    public const int ContentTypeAlias = 128;

    /// <summary>A check rule's id.</summary>
    public const int RuleId = 64;

    /// <summary>A check message's catalogue key.</summary>
    public const int MessageKey = 128;

    /// <summary>A list of WCAG success criteria.</summary>
    public const int Wcag = 128;

    /// <summary>A W3C ACT rule id.</summary>
    public const int ActRule = 16;

    /// <summary>A run's owner: machine and process.</summary>
    public const int Owner = 256;
}
