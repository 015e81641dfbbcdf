using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CarePages.Demo.OpenApi;

/// <summary>Names the document and says how to authenticate: the backoffice's bearer token on every endpoint.</summary>
internal sealed class CarePagesDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string Scheme = "bearer";

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "CarePages API",
            Version = CarePagesOpenApi.Version,
            Description = "Content checks and the translation workflow of CarePages, for the backoffice extension. Errors are ProblemDetails.",
        };
        document.Servers = [];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = Scheme,
            Description = "The Umbraco backoffice's access token (the demo takes the X-CarePages-User header instead).",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
