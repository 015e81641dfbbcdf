using CarePages.Umbraco.Api.Audit;
using CarePages.Umbraco.Api.Problems;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePages.Umbraco.Api;

/// <summary>Registers what the package's HTTP API needs besides its controllers, in an Umbraco site and in the demo alike.</summary>
public static class CarePagesApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds the API's error handling: every error under <c>/umbraco/care-pages/api</c> is ProblemDetails (see
    /// <see cref="CarePagesApiOptions"/> for the body limit); the route constraint of the review steps; and what the audit's
    /// endpoints read the stored audit through (<see cref="AuditReader"/>). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddCarePagesApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<CarePagesApiOptions>();
        services.TryAddSingleton<ApiRouteTable>();
        services.TryAddScoped<AuditReader>();
        services.Configure<RouteOptions>(o => o.ConstraintMap[ReviewStepRoute.ConstraintName] = typeof(ReviewStepRouteConstraint));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, ApiProblemStartupFilter>());
        return services;
    }
}
