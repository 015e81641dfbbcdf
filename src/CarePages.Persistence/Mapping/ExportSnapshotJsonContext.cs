using System.Text.Json.Serialization;
using CarePages.Core.Xliff;

namespace CarePages.Persistence.Mapping;

/// <summary>
/// The JSON contract of the export snapshot kept with each job: camelCase names, enums by name, computed
/// properties left out. Source-generated, so it needs no reflection and its shape is fixed at compile time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    IgnoreReadOnlyProperties = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(XliffExportJob))]
internal sealed partial class ExportSnapshotJsonContext : JsonSerializerContext;
