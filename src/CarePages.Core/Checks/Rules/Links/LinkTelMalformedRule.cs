using System.Text;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>
/// A <c>tel:</c> link a patient's phone cannot dial, or that dials something other than the number it shows. Blocks: a
/// patient who taps "call the clinic" and reaches nobody, or a stranger, may not get care.
/// </summary>
/// <remarks>
/// <para>
/// Dialable means: after <c>tel:</c> (and any <c>;ext=</c> or other parameters), <c>+</c> and the country code followed by
/// <c>minDigits</c>–<c>maxDigits</c> digits 0–9 in all, the first not 0 (E.164, as the booking call-out's phone field
/// requires). The RFC 3966 visual separators <c>-</c> <c>.</c> <c>(</c> <c>)</c>
/// and spaces are accepted without comment, because every phone strips them before dialling. Letters, other characters,
/// non-Latin digits, a <c>+</c> after the start, a trunk "(0)" after the country code and a wrong digit count are reported
/// (default variant); so is an empty number (variant <c>empty</c>). A number of more digits than <c>maxShortNumberDigits</c>
/// without <c>+</c> is reported as variant <c>national</c>: these pages are published in several languages for patients
/// who may be calling from a foreign phone, where a national number reaches the wrong place or nobody. Short service numbers
/// (111, 112, 116117) have no international form and pass.
/// </para>
/// <para>
/// Variant <c>mismatch</c>: the link's visible text shows a number (at least <c>minDigits</c> digits, or three for a short
/// service number) and the <c>href</c>'s number is not among its digits, read as given, without the country code, or with
/// a national 0 in front ("020 7946 0000" matches <c>tel:+442079460000</c>). No WCAG criterion: the link's purpose is
/// clear; it does not work, which is a patient-safety matter rather than an accessibility one.
/// </para>
/// </remarks>
public sealed class LinkTelMalformedRule : IMarkupRule
{
    /// <summary>The parameter holding the fewest digits of an international number.</summary>
    public const string MinDigits = "minDigits";

    /// <summary>The parameter holding the most digits of an international number.</summary>
    public const string MaxDigits = "maxDigits";

    /// <summary>The parameter holding the most digits of a short service number dialled without a country code.</summary>
    public const string MaxShortNumberDigits = "maxShortNumberDigits";

    private const int ShortNumberShownDigits = 3;

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "link-tel-malformed",
        DefaultSeverity = FindingSeverity.Block,
        Wcag = [],
        Parameters =
        [
            new CheckParameter(MinDigits, "7", "The fewest digits after + in a phone link (country code included)."),
            new CheckParameter(MaxDigits, "15", "The most digits after + in a phone link (E.164 allows 15)."),
            new CheckParameter(MaxShortNumberDigits, "6", "The most digits of a short service number (such as 111 or 116117) accepted without + and country code."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var minDigits = findings.Parameters.GetInt(MinDigits);
        var maxDigits = findings.Parameters.GetInt(MaxDigits);
        var maxShort = findings.Parameters.GetInt(MaxShortNumberDigits);
        foreach (var link in ExposedLinks.Of(context))
        {
            if (!link.Href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = NumberOf(link.Href);
            var arguments = new Dictionary<string, string> { ["number"] = Snippets.Shorten(number, 40) };
            var digits = DialledDigits(number);
            var international = number.StartsWith('+');
            var variant = number.Length == 0 ? "empty"
                : digits is null || digits.Length == 0 || (international && (digits[0] == '0' || digits.Length < minDigits || digits.Length > maxDigits)) ? string.Empty
                : !international && digits.Length > maxShort ? "national"
                : null;
            if (variant is null && ShownNumber(link.Element, international ? minDigits : ShortNumberShownDigits) is { } shown && !Matches(digits!, international, shown))
            {
                variant = "mismatch";
                arguments["shown"] = Snippets.Shorten(HtmlText.Of(link.Element, 80), 80);
            }

            if (variant is not null)
            {
                findings.Report(link.Element, variant.Length == 0 ? null : variant, arguments);
            }
        }
    }

    // The number part of a tel: URI: parameters (;ext=, ;phone-context=) dropped, percent-escapes decoded.
    private static string NumberOf(string href)
    {
        var number = href[4..];
        if (number.StartsWith("//", StringComparison.Ordinal))
        {
            number = number[2..];
        }

        var parameters = number.IndexOf(';', StringComparison.Ordinal);
        if (parameters >= 0)
        {
            number = number[..parameters];
        }

        return Uri.UnescapeDataString(number).Trim();
    }

    // The digits a phone dials, or null when the number holds anything a phone cannot dial.
    private static string? DialledDigits(string number)
    {
        if (number.Contains("(0)", StringComparison.Ordinal) && number.StartsWith('+'))
        {
            return null;
        }

        var digits = new StringBuilder(number.Length);
        for (var i = 0; i < number.Length; i++)
        {
            var c = number[i];
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (!(c is '-' or '.' or '(' or ')' || char.IsWhiteSpace(c) || (c == '+' && i == 0)))
            {
                return null;
            }
        }

        return digits.ToString();
    }

    // Every digit of the link's visible text (any script, "(0)" dropped), when there are at least minimum of them.
    private static string? ShownNumber(IElement link, int minimum)
    {
        var text = HtmlText.Of(link, 200).Replace("(0)", string.Empty, StringComparison.Ordinal);
        var digits = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
        }

        return digits.Length >= minimum ? digits.ToString() : null;
    }

    private static bool Matches(string dialled, bool international, string shown)
    {
        if (shown.Contains(dialled, StringComparison.Ordinal))
        {
            return true;
        }

        if (!international)
        {
            return false;
        }

        // Without the country code (one to three digits), as written at home, with or without the national 0.
        for (var countryCode = 1; countryCode <= 3 && dialled.Length - countryCode >= 6; countryCode++)
        {
            if (shown.Contains(dialled[countryCode..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
