namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>Why a <c>table</c> looks like it was used for layout rather than data; also the message variant.</summary>
internal enum TableLayoutSign
{
    /// <summary>It looks like a data table.</summary>
    None,

    /// <summary><c>role="presentation"</c> or <c>role="none"</c>.</summary>
    Presentation,

    /// <summary>A cell holds another table.</summary>
    Nested,

    /// <summary>A cell holds a heading.</summary>
    Headings,

    /// <summary>One single cell used as a box.</summary>
    SingleCell,

    /// <summary>One row or one column whose cells hold lists, images, media or several paragraphs.</summary>
    Columns,
}
