namespace CarePages.Core.Rendering;

/// <summary>One headed block of rich text, e.g. "Side effects".</summary>
/// <param name="Id">A stable id for the heading anchor: the field's alias.</param>
/// <param name="Heading">The section heading in the page's language.</param>
/// <param name="Html">The rich-text HTML written by the editor.</param>
public sealed record SectionViewModel(string Id, string Heading, string Html);
