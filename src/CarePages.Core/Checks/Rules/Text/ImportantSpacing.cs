using System.Globalization;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// The check shared by the three WCAG 1.4.12 rules: an inline spacing declared <c>!important</c> (which readers' own
/// style sheets cannot override) below the minimum, on an element whose visible text uses it. Each declaring element
/// is reported once. Values the markup cannot turn into a multiple of the font size (px without an inline absolute
/// font size, <c>calc()</c>) are skipped, except zero and negative values, which fail at any size; CSS-wide keywords
/// (<c>inherit</c>, <c>unset</c>, <c>initial</c> …) leave the parent's value in force. Line height only matters for text
/// that wraps: text under <c>white-space: nowrap</c>, or short enough to fit its inline width (or a 1280px desktop line
/// when none is set, since the reader's screen is not known) at about 0.6em a character, is left out. As the ACT rules
/// define it, only an element with visible text of its own is judged, and only on the value its own <c>style</c>
/// attribute declares: an inherited declaration is the ancestor's, and an ancestor without text of its own has no
/// text it spaces.
/// </summary>
internal static class ImportantSpacing
{
    /// <summary>Why some failed ACT cases are missed, for the descriptors.</summary>
    public const string Limitation = "A value in px (or other absolute units) is judged only when the font size is set inline in absolute units "
        + "or the page has no style sheet; a font size from a style sheet needs a browser, and text hidden from assistive technology "
        + "(aria-hidden) is left out although it stays visible, so such cases are missed.";

    // Roughly the widest average character, in em, and the narrowest screen a line must fit, for telling whether text wraps.
    private const double CharacterWidthEm = 0.6;
    private const double UnknownLinePixels = 1280;

    /// <summary>Reports the declarations <paramref name="select"/> picks that are <c>!important</c> and below the rule's <c>minimum</c>.</summary>
    public static void Check(MarkupContext context, FindingCollector findings, Func<InlineState, SpacingDeclaration?> select, bool onlyWhenWrapping)
    {
        var cascade = InlineCascade.Of(context);
        if (cascade.Texts.Count == 0)
        {
            return;
        }

        var minimum = findings.Parameters.GetDouble("minimum");
        var reported = new HashSet<SpacingDeclaration>(ReferenceEqualityComparer.Instance);
        foreach (var text in cascade.Texts)
        {
            if (select(text.State) is not { Important: true, FontRatio: { } ratio } declaration || ratio >= minimum - 1e-9
                || !ReferenceEquals(declaration.Element, text.Element) || reported.Contains(declaration) || (onlyWhenWrapping && !MayWrap(text, declaration)))
            {
                continue;
            }

            reported.Add(declaration);
            findings.Report(declaration.Element, arguments: new Dictionary<string, string>
            {
                ["value"] = declaration.Value,
                ["minimum"] = minimum.ToString("0.##", CultureInfo.InvariantCulture),
            });
        }
    }

    /// <summary>The <c>minimum</c> parameter every spacing rule declares.</summary>
    public static CheckParameter MinimumParameter(string defaultValue, string description) => new("minimum", defaultValue, description);

    // Line height only matters for text that wraps: not with white-space: nowrap, nor when an inline width leaves room for one line.
    private static bool MayWrap(StyledText text, SpacingDeclaration declaration)
    {
        if (text.State.NoWrap)
        {
            return false;
        }

        var font = text.State.FontPixels ?? 16;
        var width = Width(declaration.Element, font) ?? Width(text.Element, font) ?? UnknownLinePixels;
        return HtmlText.Of(declaration.Element, 4000).Length * CharacterWidthEm * font > width;
    }

    private static double? Width(AngleSharp.Dom.IElement element, double font)
    {
        if (element.GetAttribute("style") is not { } attribute)
        {
            return null;
        }

        var style = InlineStyle.Parse(attribute);
        double? narrowest = null;
        foreach (var property in (string[])["width", "max-width"])
        {
            var pixels = CssLength.Parse(style[property]) is { } length ? length.Pixels ?? (length.Unit == "em" ? length.Value * font : null) : null;
            if (pixels is { } value && (narrowest is null || value < narrowest))
            {
                narrowest = value;
            }
        }

        return narrowest;
    }
}
