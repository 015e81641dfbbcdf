using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Umbraco.Cms.Core.Serialization;

namespace CarePages.Umbraco.Harness.StandIns;

/// <summary>
/// Stands in for Infrastructure's System.Text.Json serializers (<c>SystemTextJsonSerializer</c>,
/// <c>SystemTextConfigurationEditorJsonSerializer</c>): camel-case names, case-insensitive reading.
/// </summary>
public sealed class HarnessJsonSerializer : IConfigurationEditorJsonSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string Serialize(object? input) => JsonSerializer.Serialize(input, Options);

    public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input, Options);

    public bool TryDeserialize<T>(object input, [NotNullWhen(true)] out T? value)
        where T : class
    {
        switch (input)
        {
            case T typed:
                value = typed;
                return true;
            case string text:
                try
                {
                    value = JsonSerializer.Deserialize<T>(text, Options);
                    return value is not null;
                }
                catch (JsonException)
                {
                    value = null;
                    return false;
                }

            default:
                value = JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(input, Options), Options);
                return value is not null;
        }
    }
}
