using System.Text.Json;

namespace CarePages.Core.Documents;

/// <summary>
/// A document with every culture's name and values at once (a <see cref="CultureDocument"/> is one culture's view of
/// it), in the shape of Umbraco's Management API create-document request
/// (<c>id</c>, <c>parent</c>, <c>documentType</c>, <c>template</c>, <c>values</c>, <c>variants</c>),
/// so that sample content can be imported into any Umbraco site.
/// </summary>
public sealed record MultiCultureDocument
{
    /// <summary>The document's key.</summary>
    public required Guid Id { get; init; }

    /// <summary>The parent document, or null at the root.</summary>
    public ReferenceById? Parent { get; init; }

    /// <summary>The document type.</summary>
    public required ReferenceById DocumentType { get; init; }

    /// <summary>The template, or null for the type's default.</summary>
    public ReferenceById? Template { get; init; }

    /// <summary>Property values, one per alias and culture.</summary>
    public IReadOnlyList<DocumentValue> Values { get; init; } = [];

    /// <summary>Names per culture.</summary>
    public IReadOnlyList<DocumentVariant> Variants { get; init; } = [];

    /// <summary>The cultures the document has a name in.</summary>
    public IEnumerable<string> Cultures => Variants.Select(v => v.Culture).OfType<string>();

    /// <summary>The name in <paramref name="culture"/>, or null when the document has no such variant.</summary>
    public string? NameIn(string culture) =>
        Variants.FirstOrDefault(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase))?.Name;

    /// <summary>A copy with <paramref name="value"/> as the value of <paramref name="alias"/> in <paramref name="culture"/> (null: invariant), replacing any there.</summary>
    public MultiCultureDocument WithValue(string alias, string? culture, JsonElement value) => this with
    {
        Values = Values
            .Where(v => !(v.Alias == alias && string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase)))
            .Append(new DocumentValue(alias, culture, null, value))
            .ToArray(),
    };

    /// <summary>The name in <paramref name="culture"/>, else in the first variant, else empty: what to call the document in lists.</summary>
    public string NamePreferring(string culture) => NameIn(culture) ?? (Variants is [var first, ..] ? first.Name : string.Empty);
}
