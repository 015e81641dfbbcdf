namespace CarePages.Demo.Tests.Browser;

/// <summary>The focused element as <see cref="FocusProbe"/> reports it.</summary>
public sealed class FocusedElement
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Its position among the Tab stops <see cref="FocusProbe.MarkTabStopsAsync"/> numbered, or -1.</summary>
    public int WalkIndex { get; set; }

    public string ClassName { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;

    public string OutlineStyle { get; set; } = string.Empty;

    public double OutlineWidth { get; set; }

    public string BoxShadow { get; set; } = string.Empty;

    /// <summary>Whether its whole box lies inside the viewport.</summary>
    public bool OnScreen { get; set; }

    /// <summary>A focus ring a sighted keyboard user can see: an outline of at least 2 px, or a box shadow.</summary>
    public bool HasVisibleFocusIndicator =>
        (OutlineStyle != "none" && OutlineWidth >= 2) || (BoxShadow.Length > 0 && BoxShadow != "none");
}
