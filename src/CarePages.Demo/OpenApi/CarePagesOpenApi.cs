using System.Reflection;
using System.Text.Json.Serialization;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Translation.Api;

namespace CarePages.Demo.OpenApi;

/// <summary>
/// The package's OpenAPI document, generated from its controllers (the <c>care-pages</c> API explorer group only) and served
/// by the demo. The package itself references no OpenAPI generator: Umbraco sites bring Swashbuckle, and the client is typed
/// from the committed copy of this document.
/// </summary>
public static class CarePagesOpenApi
{
    /// <summary>The document's name, which is also the API explorer group of the package's controllers.</summary>
    public const string DocumentName = CarePagesApiRoutes.ApiGroup;

    /// <summary>Where the demo serves the document.</summary>
    public const string Path = "/umbraco/care-pages/openapi/v1.json";

    /// <summary>The package's version, without build metadata, so the document only changes when the package does.</summary>
    public static string Version { get; } =
        (typeof(CarePagesApiAuthorization).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary>Adds the document: title, version, bearer security, string enums and required properties.</summary>
    public static IServiceCollection AddCarePagesOpenApi(this IServiceCollection services)
    {
        // The document's schemas follow these options; numbers are numbers (not "number or numeric string").
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        return services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = description => description.GroupName == DocumentName;
            options.AddDocumentTransformer<CarePagesDocumentTransformer>();
            options.AddSchemaTransformer<RequiredPropertiesSchemaTransformer>();
            options.AddOperationTransformer<ImportFormOperationTransformer>();
        });
    }

    /// <summary>Serves the document at <see cref="Path"/>.</summary>
    public static IEndpointConventionBuilder MapCarePagesOpenApi(this IEndpointRouteBuilder endpoints) =>
        // The trailing optional parameter only supplies the document's name: the URL is exactly Path.
        endpoints.MapOpenApi(Path + "/{documentName=" + DocumentName + "}");
}
