namespace CarePages.Core.Schema;

/// <summary>
/// Keys of data types every Umbraco site has (Umbraco's <c>Constants.DataTypes.Guids</c>);
/// CarePages.Core has no Umbraco reference, so a test pins these to Umbraco's constants.
/// </summary>
public static class BuiltInDataTypes
{
    /// <summary>"Textstring": a single line of text.</summary>
    public static readonly Guid Textstring = new("0cc0eba1-9960-42c9-bf9b-60e150b429ae");

    /// <summary>"Textarea": several lines of plain text.</summary>
    public static readonly Guid Textarea = new("c6bac0dd-4ab9-45b1-8e30-e4b619ee5da3");

    /// <summary>"Date Picker": a date without time.</summary>
    public static readonly Guid DatePicker = new("5046194e-4237-453c-a547-15db3a07c4e1");
}
