using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// The package's API endpoints, matched against a request before the host's routing sees it, so that an address under
/// the API that none of them takes is answered 404 or 405 as a problem, never by a site's catch-all page.
/// </summary>
internal sealed class ApiRouteTable(EndpointDataSource endpoints, IInlineConstraintResolver constraints)
{
    /// <summary>Where the API lives.</summary>
    public static readonly PathString Prefix = "/" + CarePagesApiRoutes.Root[..CarePagesApiRoutes.Root.LastIndexOf('/')];

    private IReadOnlyList<ApiRoute>? _routes;

    /// <summary>The endpoint of ours that takes the request, or null with the methods the address takes (none: no such address).</summary>
    public (Endpoint? Endpoint, IReadOnlyList<string> AllowedMethods) Match(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var allowed = new List<string>();
        foreach (var route in Routes())
        {
            var values = new RouteValueDictionary();
            if (!route.Matcher.TryMatch(context.Request.Path, values) || !ConstraintsMatch(route, values, context))
            {
                continue;
            }

            if (route.Methods.Count == 0 || route.Methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                return (route.Endpoint, route.Methods);
            }

            allowed.AddRange(route.Methods);
        }

        return (null, allowed.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    private static bool ConstraintsMatch(ApiRoute route, RouteValueDictionary values, HttpContext context) =>
        route.Constraints.All(c => c.Constraint.Match(context, null, c.Parameter, values, RouteDirection.IncomingRequest));

    private (string Parameter, IRouteConstraint Constraint)[] ConstraintsOf(RouteEndpoint endpoint) => endpoint.RoutePattern.ParameterPolicies
        .SelectMany(parameter => parameter.Value
            .Select(policy => policy.Content is { } text ? constraints.ResolveConstraint(text) : null)
            .OfType<IRouteConstraint>()
            .Select(constraint => (parameter.Key, constraint)))
        .ToArray();

    // Read when first asked: the host maps its controllers after the services are built. An empty list is not kept.
    private IReadOnlyList<ApiRoute> Routes()
    {
        if (_routes is { } routes)
        {
            return routes;
        }

        var found = endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>()?.ControllerTypeInfo.IsSubclassOf(typeof(CarePagesApiController)) == true)
            .Select(e => new ApiRoute(e, new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)),
                ConstraintsOf(e), e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .ToArray();
        if (found.Length > 0)
        {
            _routes = found;
        }

        return found;
    }
}
