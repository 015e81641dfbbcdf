using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>A text or background colour as far as inline styles tell, and the element that set it.</summary>
/// <param name="Kind">How much is known.</param>
/// <param name="Color">The colour for <see cref="PaintKind.Known"/> and <see cref="PaintKind.OverDefault"/>.</param>
/// <param name="Source">The element whose attribute set it, or null for defaults.</param>
internal readonly record struct Paint(PaintKind Kind, CssColor Color, IElement? Source)
{
    /// <summary>Nothing set.</summary>
    public static Paint Default { get; } = new(PaintKind.Default, default, null);

    /// <summary>Not decidable from markup.</summary>
    public static Paint Unknown { get; } = new(PaintKind.Unknown, default, null);

    /// <summary>
    /// The opaque colour once the default (<paramref name="fallback"/>, null when not known) fills in; null when it cannot be told.
    /// </summary>
    public CssColor? Resolve(CssColor? fallback) => Kind switch
    {
        PaintKind.Known when Color.IsOpaque => Color,
        PaintKind.Known or PaintKind.OverDefault => fallback is { } below ? Color.Over(below) : null,
        PaintKind.Default => fallback,
        _ => null,
    };
}
