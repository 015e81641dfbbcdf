namespace CarePages.Core.Documents;

/// <summary>One variant's name: <c>{ culture, segment, name }</c>.</summary>
/// <param name="Culture">Culture, or null for an invariant document.</param>
/// <param name="Segment">Segment; always null in CarePages.</param>
/// <param name="Name">The node name in that culture, which is also the page's title.</param>
public sealed record DocumentVariant(string? Culture, string? Segment, string Name);
