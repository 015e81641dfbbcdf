using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Text;

namespace CarePages.Core.Checks.Rules.Links;

/// <summary>A link screen readers announce, with its accessible name.</summary>
internal sealed class ExposedLink
{
    private string? _foldedName;

    /// <summary>Creates the link.</summary>
    public ExposedLink(IElement element, string name)
    {
        Element = element;
        Name = name;
    }

    /// <summary>The link element.</summary>
    public IElement Element { get; }

    /// <summary>The accessible name, whitespace collapsed; empty when it has none.</summary>
    public string Name { get; }

    /// <summary><see cref="Name"/> folded for word-list comparison (<see cref="TextFolding"/>).</summary>
    public string FoldedName => _foldedName ??= TextFolding.Fold(Name);

    /// <summary>The trimmed <c>href</c>, or empty.</summary>
    public string Href => Element.GetAttribute("href")?.Trim() ?? string.Empty;
}
