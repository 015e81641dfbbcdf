using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Umbraco.Cms.Core.Serialization;

namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>Stands in for Umbraco's System.Text.Json configuration serializer (in Infrastructure, not restorable).</summary>
internal sealed class TestConfigurationSerializer : IConfigurationEditorJsonSerializer
{
    public string Serialize(object? input) => JsonSerializer.Serialize(input);

    public T? Deserialize<T>(string input) => JsonSerializer.Deserialize<T>(input);

    public bool TryDeserialize<T>(object input, [NotNullWhen(true)] out T? value)
        where T : class
    {
        value = input is string s ? JsonSerializer.Deserialize<T>(s) : null;
        return value is not null;
    }
}
