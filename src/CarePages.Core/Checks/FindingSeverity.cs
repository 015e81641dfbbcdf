using System.Text.Json.Serialization;

namespace CarePages.Core.Checks;

/// <summary>How much a finding matters. Ordered so that a higher value is more severe.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Worth knowing; never stops anything.</summary>
    Info = 0,

    /// <summary>Should be fixed; publishing goes ahead with a warning.</summary>
    Warn = 1,

    /// <summary>Patients cannot use the page or would be misled; publishing is stopped.</summary>
    Block = 2,
}
