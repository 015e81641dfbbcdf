using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>Letter spacing, word spacing and line height in the inline cascade, each as a multiple of the font size where markup shows it.</summary>
internal static class InlineSpacing
{
    /// <summary>Records the spacing <paramref name="style"/> declares on <paramref name="element"/>, or keeps the inherited one.</summary>
    public static void ApplySpacing(InlineState state, IElement element, InlineStyle style, bool trust)
    {
        state.LetterSpacing = Declare(state.LetterSpacing, "letter-spacing", element, style, state, trust);
        state.WordSpacing = Declare(state.WordSpacing, "word-spacing", element, style, state, trust);
        state.LineHeight = Declare(state.LineHeight, "line-height", element, style, state, trust);
    }

    private static SpacingDeclaration? Declare(SpacingDeclaration? inherited, string property, IElement element, InlineStyle style, InlineState state, bool trust)
    {
        var value = style[property];
        if (value is null || CssKeywords.IsInherited(value) || CssKeywords.Wide.Contains(value.Trim()))
        {
            return inherited;
        }

        return new SpacingDeclaration(element, value.Trim(), style.IsImportant(property), FontRatio(property == "line-height", value, state, trust));
    }

    // The declared spacing as a multiple of the font size; null when it depends on what markup does not show.
    private static double? FontRatio(bool lineHeight, string value, InlineState state, bool trust)
    {
        var text = value.Trim().ToLowerInvariant();
        if (text == "normal")
        {
            // Browsers draw "normal" line height at about 1.2; normal letter and word spacing add nothing.
            return lineHeight ? 1.2 : 0;
        }

        if (CssLength.Parse(text) is not { } length || (lineHeight && length.Value < 0))
        {
            return null;
        }

        if (length.Value <= 0)
        {
            return length.Value;
        }

        var font = state.FontKnown ? state.FontPixels : null;
        return length.Unit switch
        {
            "" => lineHeight ? length.Value : null,
            "em" => length.Value,
            "%" => lineHeight ? length.Value / 100 : null,
            "rem" => trust && state.FontPixels is { } own ? length.Value * InlineFonts.DefaultFontPixels / own : null,
            _ => length.Pixels is { } pixels && font is { } size ? pixels / size : null,
        };
    }
}
