using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePages.Demo.OpenApi;

/// <summary>
/// Marks as required every property the API always writes: all of them, except constructor parameters with a default
/// value (optional in request bodies). Nullable ones stay nullable, so generated clients get <c>T | null</c>, not <c>T?</c>.
/// </summary>
internal sealed class RequiredPropertiesSchemaTransformer : IOpenApiSchemaTransformer
{
    /// <inheritdoc />
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 } properties)
        {
            return Task.CompletedTask;
        }

        schema.Required ??= new HashSet<string>();
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (properties.ContainsKey(property.Name) && property.AssociatedParameter is not { HasDefaultValue: true })
            {
                schema.Required.Add(property.Name);
            }
        }

        return Task.CompletedTask;
    }
}
