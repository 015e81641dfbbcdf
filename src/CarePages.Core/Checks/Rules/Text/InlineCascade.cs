using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Inline styles resolved down the tree in one pass over <see cref="MarkupContext.Index"/>: for every element with
/// visible text of its own, the colours, font size and spacing it is shown with, as far as markup tells. Built once
/// per field or page and shared by the style rules. Nothing is computed when no element has a <c>style</c> (or
/// <c>bgcolor</c>, or <c>&lt;font color&gt;</c>), since the browser's and template's defaults alone fail nothing.
/// </summary>
internal sealed class InlineCascade
{
    private InlineCascade(bool hasStyleSheet, bool trustsBrowserDefaults, IReadOnlyList<StyledText> texts, bool coloursUnknowable = false)
    {
        HasStyleSheet = hasStyleSheet;
        ColoursUnknowable = coloursUnknowable;
        TrustsBrowserDefaults = trustsBrowserDefaults;
        Texts = texts;
    }

    /// <summary>True when the markup holds a <c>&lt;style&gt;</c> element or links a style sheet.</summary>
    public bool HasStyleSheet { get; }

    /// <summary>True when scripts, style sheets or content moved out of the flow make every colour pair unknowable (<see cref="PageColourUncertainty"/>).</summary>
    public bool ColoursUnknowable { get; }

    /// <summary>True for a page without any style sheet, where the browser's defaults (black on white, 16px) hold.</summary>
    public bool TrustsBrowserDefaults { get; }

    /// <summary>The elements with visible text of their own, in document order; empty when nothing is styled inline.</summary>
    public IReadOnlyList<StyledText> Texts { get; }

    /// <summary>True for a <c>&lt;link&gt;</c> to a style sheet, whose rules are not read.</summary>
    internal static bool LinksStyleSheet(IElement element) =>
        element.LocalName == "link" && (element.GetAttribute("rel") ?? string.Empty).Contains("stylesheet", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cascade of <paramref name="context"/>, built on first use.</summary>
    public static InlineCascade Of(MarkupContext context) => context.Shared(Build);

    private static InlineCascade Build(MarkupContext context)
    {
        // The index holds the elements under the root; a page's <html> is the root, and its inline styles count too.
        var elements = context.Index.Elements;
        var html = elements is [{ Owner.DocumentElement: { } documentElement } first, ..] && !ReferenceEquals(first, documentElement) ? documentElement : null;
        var all = html is null ? elements : elements.Prepend(html);
        var styled = false;
        var styleSheets = false;
        foreach (var element in all)
        {
            styled |= element.Attributes.Length > 0
                && (element.HasAttribute("style") || element.HasAttribute("bgcolor") || (element.LocalName == "font" && element.HasAttribute("color")));
            styleSheets |= element.LocalName == "style"
                || LinksStyleSheet(element);
        }

        var trust = context.IsPage && !styleSheets;
        if (!styled)
        {
            return new InlineCascade(styleSheets, trust, []);
        }

        // rem counts from the root's font size: one set inline on <html> leaves rem sizes unknown.
        var fontTrust = trust && !(html?.GetAttribute("style") is { } rootStyle && InlineStyle.Parse(rootStyle)["font-size"] is not null);
        var root = new InlineState { FontKnown = trust };
        if (html is not null)
        {
            root = Apply(root, html, fontTrust);
        }

        var texts = new List<StyledText>();
        var ancestors = new Stack<(IElement Element, InlineState State)>();
        foreach (var element in context.Index.InOrder)
        {
            while (ancestors.Count > 0 && !ReferenceEquals(ancestors.Peek().Element, element.ParentElement))
            {
                ancestors.Pop();
            }

            var state = Apply(ancestors.Count > 0 ? ancestors.Peek().State : root, element, fontTrust);
            ancestors.Push((element, state));
            if (!state.Hidden && HasOwnText(element))
            {
                texts.Add(new StyledText(element, state));
            }
        }

        return new InlineCascade(styleSheets, trust, texts, PageColourUncertainty.Applies(all));
    }

    private static InlineState Apply(InlineState parent, IElement element, bool trust)
    {
        var name = element.LocalName;
        var styleAttribute = ElementAttributes.ValueOf(element, "style");
        if (styleAttribute is null && !IsStyledByBrowser(name) && !HasStylingAttribute(element) && !(parent.BackgroundOnInline && !InlineLevel.Contains(name)))
        {
            return parent;
        }

        var state = parent.Copy();
        var style = styleAttribute is null ? null : InlineStyle.Parse(styleAttribute);
        state.Hidden |= name is "svg" or "math" || Html.Visibility.HidesItself(element) || InlineVisibility.HidesContent(element)
            || (style is not null && InlineVisibility.IsOffScreen(style));
        state.Inactive |= InlineVisibility.IsInactive(element);
        InlineFonts.ApplyBrowserDefaults(state, element);
        if (style is not null)
        {
            InlineFonts.ApplyFont(state, style, trust);
            InlineColors.ApplyColors(state, element, style);
            InlineSpacing.ApplySpacing(state, element, style, trust);
        }

        // An inline box's background covers its line boxes only: a block inside it breaks out onto whatever lies below.
        var inline = style?["display"]?.Trim().ToLowerInvariant() is { } display ? display is "inline" : InlineLevel.Contains(name);
        if (!inline && state.BackgroundOnInline)
        {
            state.Background = Paint.Unknown;
        }

        state.BackgroundOnInline = inline && (state.BackgroundOnInline || ReferenceEquals(state.Background.Source, element));
        return state;
    }

    // Elements browsers lay out inline by default.
    private static readonly HashSet<string> InlineLevel = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    };

    private static bool HasStylingAttribute(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name is "hidden" or "aria-hidden" or "aria-disabled" or "disabled" or "bgcolor" or "id")
            {
                return true;
            }
        }

        return element.LocalName is "label" or "font" or "fieldset" or "details" or "dialog" or "canvas" or "video" or "audio" or "object" or "iframe";
    }

    private static bool IsStyledByBrowser(string name) => name is "a" or "button" or "input" or "select" or "textarea" or "mark" or "option" or "optgroup"
        or "b" or "strong" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "small" or "big" or "sub" or "sup" or "svg" or "math";

    private static bool HasOwnText(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return true;
            }
        }

        return false;
    }

}
