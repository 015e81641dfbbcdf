namespace CarePages.Core.Rendering;

/// <summary>One benefit of a treatment route.</summary>
/// <param name="Title">Short title.</param>
/// <param name="Text">A sentence or two.</param>
public sealed record BenefitViewModel(string Title, string Text);
