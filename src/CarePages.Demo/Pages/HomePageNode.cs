using CarePages.Core.Rendering;

namespace CarePages.Demo.Pages;

/// <summary>A page in the home page's list, with its child pages nested under it.</summary>
/// <param name="Link">The link to the page.</param>
/// <param name="Children">Its child pages in the same culture.</param>
public sealed record HomePageNode(LinkViewModel Link, IReadOnlyList<HomePageNode> Children);
