using System.Globalization;
using CarePages.Core.Checks.Html;

namespace CarePages.Core.Checks.Rules.Images;

/// <summary>
/// An image's text alternative longer than <c>maxLength</c> characters: screen readers read it in one go and patients
/// cannot skim it or go back through it. Long explanations belong in the text or a caption. Warns.
/// </summary>
public sealed class ImageAltTooLongRule : IMarkupRule
{
    /// <summary>The parameter holding the longest acceptable alternative.</summary>
    public const string MaxLength = "maxLength";

    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "image-alt-too-long",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["1.1.1"],
        Parameters =
        [
            new CheckParameter(MaxLength, "150", "The longest text alternative, in characters (letters with their accents or vowel marks count once), before the rule warns."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.Markup;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var limit = findings.Parameters.GetInt(MaxLength);
        foreach (var (image, text) in ImageAlternatives.Of(context))
        {
            // Arabic vowel marks and decomposed accents are separate chars; count what a reader sees.
            var length = text.Length > limit ? new StringInfo(text).LengthInTextElements : 0;
            if (length > limit)
            {
                findings.Report(image, arguments: new Dictionary<string, string>
                {
                    ["length"] = length.ToString(CultureInfo.InvariantCulture),
                    ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
                });
            }
        }
    }
}
