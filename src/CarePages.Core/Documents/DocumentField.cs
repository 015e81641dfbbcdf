using CarePages.Core.Schema;

namespace CarePages.Core.Documents;

/// <summary>One field of a document in one culture.</summary>
public sealed record DocumentField
{
    /// <summary>Property alias.</summary>
    public required string Alias { get; init; }

    /// <summary>What kind of value it is.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>True when the value was written for this culture; false when shared by every culture.</summary>
    public bool VariesByCulture { get; init; }

    /// <summary>
    /// The value as text: plain text, rich-text HTML, a URL, an E.164 number or an ISO date (yyyy-MM-dd).
    /// Null when empty, and for pickers, choices and blocks.
    /// </summary>
    public string? Text { get; init; }

    /// <summary>Chosen values (choices) or referenced document keys (pickers).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Nested elements (blocks), each in the same culture.</summary>
    public IReadOnlyList<DocumentElement> Elements { get; init; } = [];

    /// <summary>True when the field holds nothing.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Items.Count == 0 && Elements.Count == 0;
}
