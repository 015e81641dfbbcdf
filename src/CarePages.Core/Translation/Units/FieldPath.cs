namespace CarePages.Core.Translation.Units;

/// <summary>
/// Where a translatable field sits in a document: a property alias (<c>howItWorks</c>), or for a field of a block
/// the block field's alias, the block's key and the element's alias (<c>benefits[0e114c2e-…].text</c>).
/// The block key, not its index, keeps the path stable when editors reorder blocks.
/// </summary>
/// <param name="Value">The path as text; compared ordinally.</param>
public sealed record FieldPath(string Value)
{
    /// <summary>The path of the node name, which is the page's title in each culture and is translated like a field.</summary>
    public static FieldPath NodeName { get; } = new("@name");

    /// <summary>The path of a document property.</summary>
    public static FieldPath Of(string alias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        return new FieldPath(alias);
    }

    /// <summary>The alias of the document property the path starts at.</summary>
    public string RootAlias => Value[..EndOfRootAlias()];

    /// <summary>The alias of the field the path ends at (for a block field, the element's property alias).</summary>
    public string LeafAlias => Value[(Value.LastIndexOf('.') + 1)..];

    /// <summary>True when the path points into a block.</summary>
    public bool IsInBlock => Value.Contains('[', StringComparison.Ordinal);

    /// <summary>The path of the block with <paramref name="blockKey"/> in this block field (<c>benefits[key]</c>).</summary>
    public FieldPath Element(Guid blockKey) => new($"{Value}[{blockKey:D}]");

    /// <summary>The path of the property <paramref name="alias"/> of the block this path points at (<c>benefits[key].text</c>).</summary>
    public FieldPath Property(string alias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        return new FieldPath($"{Value}.{alias}");
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private int EndOfRootAlias()
    {
        var bracket = Value.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? Value.Length : bracket;
    }
}
