using System.Globalization;
using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Text must contrast with its background by at least 4.5:1, or 3:1 when large (WCAG 1.4.3, ACT afw4f7). Judged only
/// where markup tells both colours: <c>color</c>/<c>background-color</c>/<c>background</c> in inline styles on the
/// element or its ancestors (plus <c>&lt;font color&gt;</c> and <c>bgcolor</c>), with semi-transparent colours
/// blended over what is known below. What is not set inline falls back only to defaults that are certain: the
/// browser's black on white on a page without any style sheet, and for fields without a <c>&lt;style&gt;</c> of their own
/// the template's canvas (parameters, white and black by default; black text over-estimates contrast on any light
/// canvas, so the assumption never adds a false failure). Background images, gradients, text shadows, opacity, filters, positioned boxes, links and form controls
/// (coloured by the browser or style sheet) make a colour unknown and the text is skipped; so are hidden, off-screen
/// and disabled text, labels of disabled widgets, text in its background's own colour (not visible) and text without a
/// letter. Scripts, style sheets that may colour, hide or move text, and content moved out of the flow make the whole
/// field or page unknowable (<see cref="PageColourUncertainty"/>): nothing is reported rather than a guess. Text is
/// large from inline font sizes (headings and <c>&lt;font size&gt;</c> at the browser's sizes); where a style sheet or
/// the <c>font</c> shorthand may set the size, the lenient 3:1 applies.
/// </summary>
public sealed class StyleContrastLowRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "style-contrast-low",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.4.3"],
        ActRule = "afw4f7",
        ActLimitation = "Only colours set in inline styles (or bgcolor/font color) are known: colours from style sheets, background images, "
            + "gradients and text shadows need a browser, and a page with a script, a linked style sheet, a style sheet that may colour, hide or move "
            + "text, a color-scheme or positioned, floated or transformed content is not judged at all; text hidden from assistive technology "
            + "(aria-hidden) is left out although it stays visible. Such cases are missed, never failed.",
        Parameters =
        [
            new("minRatio", "4.5", "Lowest contrast ratio for normal text (WCAG 1.4.3)."),
            new("minRatioLargeText", "3", "Lowest contrast ratio for large text, and for text whose size a style sheet may set."),
            new("largeTextPixels", "24", "Font size in CSS pixels from which text is large (18pt)."),
            new("largeBoldTextPixels", "18.66", "Font size in CSS pixels from which bold text is large (14pt)."),
            new("fieldBackground", "#ffffff", "The canvas a field's text sits on when its markup sets none; empty to judge only colour pairs set in the field."),
            new("fieldTextColor", "#000000", "The text colour of a field when its markup sets none; empty to judge only colour pairs set in the field."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var cascade = InlineCascade.Of(context);
        if (cascade.Texts.Count == 0 || cascade.ColoursUnknowable)
        {
            return;
        }

        var parameters = findings.Parameters;
        var (canvas, ink) = context.IsPage || cascade.HasStyleSheet
            ? cascade.TrustsBrowserDefaults ? (CssColor.White, CssColor.Black) : ((CssColor?)null, (CssColor?)null)
            : (Opaque(parameters.GetString("fieldBackground")), Opaque(parameters.GetString("fieldTextColor")));
        var reported = new HashSet<(IElement? Foreground, IElement? Background)>();
        foreach (var text in cascade.Texts)
        {
            var state = text.State;
            if (state.Inactive || state.ColorsUncertain || (state.Foreground.Kind == PaintKind.Default && state.Background.Kind == PaintKind.Default)
                || state.Background.Resolve(canvas) is not { } background
                || (state.Foreground.Kind == PaintKind.Default ? ink : state.Foreground.Resolve(background)) is not { } foreground)
            {
                continue;
            }

            // Text in its background's own colour is not visible, and text without a letter says nothing in human language: ACT afw4f7 leaves both out.
            if (foreground == background || !HasLetter(text.Element))
            {
                continue;
            }

            var ratio = CssColor.ContrastRatio(foreground, background);
            var required = RequiredRatio(state, context.IsPage, parameters);
            if (ratio < required && reported.Add((state.Foreground.Source, state.Background.Source)))
            {
                findings.Report(text.Element, arguments: new Dictionary<string, string>
                {
                    ["ratio"] = Shown(ratio, required).ToString("0.00", CultureInfo.InvariantCulture),
                    ["required"] = required.ToString("0.##", CultureInfo.InvariantCulture),
                    ["foreground"] = foreground.ToString(),
                    ["background"] = background.ToString(),
                });
            }
        }
    }

    private static double RequiredRatio(InlineState state, bool isPage, Options.RuleParameters parameters)
    {
        var large = parameters.GetDouble("minRatioLargeText");
        if (state.FontPixels is not { } pixels || (isPage && !state.FontKnown))
        {
            return large;
        }

        var isLarge = pixels >= parameters.GetDouble("largeTextPixels") || (state.Bold && pixels >= parameters.GetDouble("largeBoldTextPixels"));
        return isLarge ? large : parameters.GetDouble("minRatio");
    }

    // Two decimals, rounded down where rounding would show a failing ratio as meeting the requirement (4.497 as 4.49, not 4.50).
    private static double Shown(double ratio, double required) =>
        Math.Round(ratio, 2) < required ? Math.Round(ratio, 2) : Math.Floor(ratio * 100) / 100;

    private static bool HasLetter(IElement element) =>
        element.ChildNodes.OfType<IText>().Any(t => t.Data.Any(char.IsLetter));

    private static CssColor? Opaque(string value) => CssColor.Parse(value) is { IsOpaque: true } color ? color : null;
}
