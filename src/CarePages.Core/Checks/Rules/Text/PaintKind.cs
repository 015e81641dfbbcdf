namespace CarePages.Core.Checks.Rules.Text;

/// <summary>How much the inline styles tell about a text or background colour.</summary>
internal enum PaintKind
{
    /// <summary>Nothing was set: the page's or template's default applies.</summary>
    Default,

    /// <summary>Set inline to a known colour.</summary>
    Known,

    /// <summary>A semi-transparent inline background over the default canvas.</summary>
    OverDefault,

    /// <summary>Decided by something the markup does not show (a style sheet, an image, a gradient, a form control's own look).</summary>
    Unknown,
}
