namespace CarePages.Core.Xliff;

/// <summary>What a trans-unit of an export stands for.</summary>
internal enum PlannedUnitKind
{
    /// <summary>A whole plain-text field.</summary>
    PlainField,

    /// <summary>One block of a rich-text field.</summary>
    RichBlock,

    /// <summary>A translatable attribute of an inline code in a rich-text block.</summary>
    Attribute,
}
