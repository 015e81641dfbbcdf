namespace CarePages.Demo.Pages;

/// <summary>The demo's home page: every page in every culture, grouped per culture.</summary>
/// <param name="Cultures">One group per culture, the source culture first.</param>
public sealed record HomeViewModel(IReadOnlyList<HomeCultureGroup> Cultures);
