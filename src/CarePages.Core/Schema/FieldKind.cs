using System.Text.Json.Serialization;

namespace CarePages.Core.Schema;

/// <summary>What kind of value a field holds, as checks and translation see it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldKind>))]
public enum FieldKind
{
    /// <summary>A single line of patient-facing text.</summary>
    PlainText,

    /// <summary>Several lines of patient-facing text without markup.</summary>
    MultilineText,

    /// <summary>Rich text stored as HTML.</summary>
    RichText,

    /// <summary>An absolute or site-relative URL.</summary>
    Url,

    /// <summary>A telephone number in E.164 form.</summary>
    Phone,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>References to other documents.</summary>
    Picker,

    /// <summary>One or more values from a controlled list.</summary>
    Choice,

    /// <summary>A list of nested elements (blocks).</summary>
    Blocks,
}
