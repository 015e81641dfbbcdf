using System.Text.Json.Serialization;

namespace CarePages.Core.Rendering;

/// <summary>A culture's writing direction, written as the <c>dir</c> attribute's value (<c>ltr</c>, <c>rtl</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WritingDirection>))]
public enum WritingDirection
{
    /// <summary>Left to right.</summary>
    [JsonStringEnumMemberName(WritingDirections.LeftToRight)]
    Ltr,

    /// <summary>Right to left.</summary>
    [JsonStringEnumMemberName(WritingDirections.RightToLeft)]
    Rtl,
}
