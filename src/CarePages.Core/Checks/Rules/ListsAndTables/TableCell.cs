using AngleSharp.Dom;

namespace CarePages.Core.Checks.Rules.ListsAndTables;

/// <summary>One cell of a <see cref="TableGrid"/>: its element and the slots it covers.</summary>
/// <param name="Element">The <c>td</c>, <c>th</c> or ARIA cell.</param>
/// <param name="X">The column of its top-left slot.</param>
/// <param name="Y">The row of its top-left slot.</param>
/// <param name="Width">Columns it spans.</param>
/// <param name="Height">Rows it spans.</param>
/// <param name="IsHeader">True when its semantic role is <c>columnheader</c> or <c>rowheader</c>.</param>
/// <param name="RowGroup">The index of the row group (<c>thead</c>, <c>tbody</c>, <c>tfoot</c>) it is anchored in.</param>
internal sealed record TableCell(IElement Element, int X, int Y, int Width, int Height, bool IsHeader, int RowGroup);
