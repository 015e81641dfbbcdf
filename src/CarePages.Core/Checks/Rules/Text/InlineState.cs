namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// What the inline styles (and the browser's own defaults for a few elements) say about an element's text: whether it
/// shows, its colours, font size and weight, wrapping, and the spacing it inherits. Shared with descendants until one
/// of them changes something.
/// </summary>
internal sealed class InlineState
{
    /// <summary>Hidden, off screen, transparent or outside HTML (SVG, MathML): no text to judge.</summary>
    public bool Hidden { get; set; }

    /// <summary>Part of a disabled control or group, which contrast requirements leave out.</summary>
    public bool Inactive { get; set; }

    /// <summary>Colours blended by something markup cannot resolve: opacity, text shadow, filters, blend modes.</summary>
    public bool ColorsUncertain { get; set; }

    /// <summary>True when <see cref="Background"/> was painted by an inline box, which a block inside it does not sit on.</summary>
    public bool BackgroundOnInline { get; set; }

    /// <summary>The text colour.</summary>
    public Paint Foreground { get; set; } = Paint.Default;

    /// <summary>The background behind the text.</summary>
    public Paint Background { get; set; } = Paint.Default;

    /// <summary>The font size in CSS pixels, counted from a 16px default; null when a value such as <c>calc()</c> hides it.</summary>
    public double? FontPixels { get; set; } = 16;

    /// <summary>True when <see cref="FontPixels"/> rests on an inline absolute size or on browser defaults no style sheet can change.</summary>
    public bool FontKnown { get; set; }

    /// <summary>True for bold text (weight 700 or more).</summary>
    public bool Bold { get; set; }

    /// <summary>True when <c>white-space</c> stops lines wrapping.</summary>
    public bool NoWrap { get; set; }

    /// <summary>The inline <c>letter-spacing</c> in force, or null.</summary>
    public SpacingDeclaration? LetterSpacing { get; set; }

    /// <summary>The inline <c>word-spacing</c> in force, or null.</summary>
    public SpacingDeclaration? WordSpacing { get; set; }

    /// <summary>The inline <c>line-height</c> in force, or null.</summary>
    public SpacingDeclaration? LineHeight { get; set; }

    /// <summary>A copy to change for a descendant.</summary>
    public InlineState Copy() => (InlineState)MemberwiseClone();
}
