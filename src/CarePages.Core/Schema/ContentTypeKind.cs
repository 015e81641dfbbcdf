namespace CarePages.Core.Schema;

/// <summary>How Umbraco should treat a content type definition.</summary>
public enum ContentTypeKind
{
    /// <summary>A routable page type.</summary>
    Document,

    /// <summary>An element type, used as a block.</summary>
    Element,

    /// <summary>An element type used only as a composition of other types.</summary>
    Composition,
}
