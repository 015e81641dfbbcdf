using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The ITS module's Localization Quality Rating (XLIFF 2.1 and 2.2, ITS Module; the Constraints for Structural
/// Elements, the ITS Localization Quality Rating Annotation, and for <c>mtc:match</c>): "Exactly one of"
/// <c>its:locQualityRatingScore</c> and <c>its:locQualityRatingVote</c> "MUST be set or inherited", so not both on one
/// element (a vote set lower may override an inherited score, as the annotation's note says); the score threshold only
/// where a score is set or inherited, the vote threshold only where a vote is. Since the note lets a threshold or a
/// profile set on a group or file serve the ratings set on the spans below it, a threshold (or a
/// <c>its:locQualityRatingProfileRef</c>) is faulted only when no rating of its kind is above it, on it or within it.
/// </summary>
internal sealed class ItsQualityRatingRule : IXliff2Rule
{
    private static readonly XNamespace Its = XliffNamespaces.Its;

    private static readonly XName Score = Its + "locQualityRatingScore";

    private static readonly XName Vote = Its + "locQualityRatingVote";

    /// <inheritdoc />
    public string Code => "its-quality-rating";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var element in document.WithAttributesIn(Its).Prepend(document.Root).Where(e => e.Attributes().Any(a => a.Name.Namespace == Its && a.Name.LocalName.StartsWith("locQualityRating", StringComparison.Ordinal))))
        {
            if (element.Attribute(Score) is not null && element.Attribute(Vote) is { } vote)
            {
                faults.Report(vote, $"{Xliff2Document.Describe(element)} has both its:locQualityRatingScore and its:locQualityRatingVote; a rating is either a score or a vote.");
            }

            var requirements = new (string Attribute, XName[] Needs, string What)[]
            {
                ("locQualityRatingScoreThreshold", [Score], "its:locQualityRatingScore"),
                ("locQualityRatingVoteThreshold", [Vote], "its:locQualityRatingVote"),
                ("locQualityRatingProfileRef", [Score, Vote], "its:locQualityRatingScore or its:locQualityRatingVote"),
            };
            foreach (var (name, needs, what) in requirements)
            {
                if (element.Attribute(Its + name) is { } attribute && !ItsScope.Related(document, element).Any(e => needs.Any(n => e.Attribute(n) is not null)))
                {
                    faults.Report(attribute, $"{Xliff2Document.Describe(element)} has its:{name}, but no {what} is set on it, inherited by it or set within it.");
                }
            }
        }
    }
}
