using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// A translatable attribute of an inline code (<c>img alt</c>, any <c>title</c>), exchanged as its own plain-text
/// unit that the code points at with <c>xid</c>.
/// </summary>
/// <param name="UnitId">The trans-unit id: <c>fieldPath#block@code.attribute</c>.</param>
/// <param name="Run">The block the code sits in.</param>
/// <param name="Code">The code carrying the attribute.</param>
/// <param name="Name">The attribute's name.</param>
internal sealed record TranslatableAttribute(string UnitId, TextRun Run, InlineCode Code, string Name)
{
    /// <summary>The attribute's source value.</summary>
    public string Value => ((IElement)Code.Node).GetAttribute(Name) ?? string.Empty;

    /// <summary>The names of attributes translators see; <c>href</c>, <c>src</c> and the rest stay in the skeleton.</summary>
    public static IReadOnlyList<string> Names { get; } = ["alt", "title"];
}
