using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// One endpoint of the API: its route's matcher, the constraints of its parameters (resolved once, by parameter name) and
/// the methods it takes (none: any).
/// </summary>
internal sealed record ApiRoute(RouteEndpoint Endpoint, TemplateMatcher Matcher, IReadOnlyList<(string Parameter, IRouteConstraint Constraint)> Constraints, IReadOnlyList<string> Methods);
