namespace CarePages.Core.Schema;

/// <summary>The database column a data type's values are stored in.</summary>
public enum ValueStorage
{
    /// <summary>Short text.</summary>
    Nvarchar,

    /// <summary>Long text (rich text, JSON).</summary>
    Ntext,

    /// <summary>Dates.</summary>
    Date,
}
