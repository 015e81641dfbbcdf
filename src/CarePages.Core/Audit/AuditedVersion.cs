using System.Text.Json.Serialization;

namespace CarePages.Core.Audit;

/// <summary>Which version of a document a finding was made on.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditedVersion>))]
public enum AuditedVersion
{
    /// <summary>The latest saved version, what editors and translators work on.</summary>
    Draft = 0,

    /// <summary>The published version, what patients read.</summary>
    Published = 1,
}
