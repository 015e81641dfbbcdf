namespace CarePages.Core.Rendering;

/// <summary>A headed list of links to related pages, e.g. the conditions a treatment treats.</summary>
/// <param name="Id">A stable id for the heading anchor.</param>
/// <param name="Heading">The list heading in the page's language.</param>
/// <param name="Links">The related pages, each in the page's language.</param>
public sealed record RelatedLinksViewModel(string Id, string Heading, IReadOnlyList<LinkViewModel> Links);
