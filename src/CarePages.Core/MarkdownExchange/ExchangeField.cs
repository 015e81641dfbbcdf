using CarePages.Core.Schema;

namespace CarePages.Core.MarkdownExchange;

/// <summary>One translatable field of a document as it travels in an exchange file.</summary>
/// <param name="Id">
/// The field's id in the file: its <see cref="Translation.Units.FieldPath"/> (the property alias,
/// <c>alias[elementKey].fieldAlias</c> for a field of a block, or <see cref="NodeName"/> for the page's name).
/// </param>
/// <param name="Label">The field's name, told to the translator.</param>
/// <param name="Kind">Plain, multi-line or rich text.</param>
/// <param name="MaxLength">The length limit, told to the translator, or null.</param>
/// <param name="Value">The text to translate: plain text, or HTML for rich text.</param>
public sealed record ExchangeField(string Id, string Label, FieldKind Kind, int? MaxLength, string Value)
{
    /// <summary>The id of the node name (the page's title), which is translated like a field.</summary>
    public static string NodeName => Translation.Units.FieldPath.NodeName.Value;
}
