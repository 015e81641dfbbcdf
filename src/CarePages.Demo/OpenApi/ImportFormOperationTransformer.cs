using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePages.Demo.OpenApi;

/// <summary>
/// Describes the import's form (one binary field <c>file</c>), which the action reads itself rather than binding it, so
/// that sign-in is checked before the content type and an oversized body is 413, not a model-binding error.
/// </summary>
internal sealed class ImportFormOperationTransformer : IOpenApiOperationTransformer
{
    private const string Field = "file";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor is ControllerActionDescriptor
            {
                ControllerTypeInfo: var controller,
                ActionName: nameof(TranslationImportApiController.Import),
            } && controller.AsType() == typeof(TranslationImportApiController))
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                [Field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The returned XLIFF or Markdown file." },
                            },
                            Required = new HashSet<string> { Field },
                        },
                    },
                },
            };
        }

        return Task.CompletedTask;
    }
}
