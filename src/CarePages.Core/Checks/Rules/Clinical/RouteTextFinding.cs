using CarePages.Core.Schema;

namespace CarePages.Core.Checks.Rules.Clinical;

/// <summary>A field of a treatment route whose text names another route of administration.</summary>
/// <param name="Property">The field's path, e.g. <c>howItWorks</c> or <c>benefits.text</c>.</param>
/// <param name="Route">The page's route of administration.</param>
/// <param name="Found">The other route the text names most.</param>
/// <param name="RouteMentions">How often the text names its own route.</param>
/// <param name="FoundMentions">How often it names <paramref name="Found"/>, comparisons and negations left out.</param>
/// <param name="Snippet">The first sentence that names <paramref name="Found"/>.</param>
/// <param name="Kind">Whether the other route dominates or the text is mixed.</param>
internal sealed record RouteTextFinding(string Property, RouteOfAdministration Route, RouteOfAdministration Found, int RouteMentions, int FoundMentions, string Snippet, RouteTextKind Kind);
