namespace CarePages.Core.Xliff;

/// <summary>One document of an export job; written as one <c>&lt;file&gt;</c> whose <c>original</c> is the key.</summary>
public sealed record XliffExportDocument
{
    /// <summary>The document's key.</summary>
    public required Guid Key { get; init; }

    /// <summary>The document type's alias, told to translators as context.</summary>
    public required string ContentTypeAlias { get; init; }

    /// <summary>The document's name in the source culture.</summary>
    public required string Name { get; init; }

    /// <summary>The translatable fields, in the order translators should see them.</summary>
    public IReadOnlyList<XliffExportUnit> Units { get; init; } = [];
}
