namespace CarePages.Core.Translation.Messages;

/// <summary>
/// The keys of the rich-text converter's refusals and warnings (<c>Translation/Messages/conversion.&lt;language&gt;.json</c>,
/// read by <see cref="ExchangeMessages"/>): <see cref="MarkdownExchange.MarkdownToHtml"/>, <see cref="MarkdownExchange.HtmlToMarkdown"/>
/// and the cleaning both go through.
/// </summary>
public static class ConversionMessages
{
    /// <summary>Markdown nests blocks or inlines deeper than the limit (<c>{limit}</c>).</summary>
    public const string MarkdownTooDeep = "conversion.markdown-too-deep";

    /// <summary>Markdown nests quotes or lists deeper than the limit (<c>{limit}</c>).</summary>
    public const string ContainersTooDeep = "conversion.containers-too-deep";

    /// <summary>A line is indented more (<c>{indent}</c> spaces) than nested lists within the limit (<c>{limit}</c>) need.</summary>
    public const string IndentTooDeep = "conversion.indent-too-deep";

    /// <summary>A paragraph holds more markers (<c>{marker}</c>) than the limit (<c>{limit}</c>).</summary>
    public const string TooManyMarkers = "conversion.too-many-markers";

    /// <summary>HTML elements nest deeper than the limit (<c>{limit}</c>).</summary>
    public const string HtmlTooDeep = "conversion.html-too-deep";

    /// <summary>Elements nested deeper than the limit (<c>{limit}</c>) were unwrapped to their text.</summary>
    public const string NestingUnwrapped = "conversion.nesting-unwrapped";

    /// <summary>An element (<c>{element}</c>) was removed with its content.</summary>
    public const string ElementRemoved = "conversion.element-removed";

    /// <summary>An element (<c>{element}</c>) outside the subset was unwrapped to its text.</summary>
    public const string ElementOutsideSubset = "conversion.element-outside-subset";

    /// <summary>An unsafe address (<c>{address}</c>) was removed.</summary>
    public const string AddressRemoved = "conversion.address-removed";

    /// <summary>An attribute (<c>{attribute}</c>) outside the subset was removed from an element (<c>{element}</c>).</summary>
    public const string AttributeRemoved = "conversion.attribute-removed";

    /// <summary>Text (<c>{text}</c>) outside a table's rows was removed.</summary>
    public const string TableTextRemoved = "conversion.table-text-removed";

    /// <summary>A table without a header row: its first row becomes the header.</summary>
    public const string TableWithoutHeader = "conversion.table-without-header";

    /// <summary>A header row shorter than other rows was padded with empty cells.</summary>
    public const string TableHeaderPadded = "conversion.table-header-padded";

    /// <summary>A table cell's paragraphs or lists were written as lines of one cell.</summary>
    public const string CellBlocksAsLines = "conversion.cell-blocks-as-lines";
}
