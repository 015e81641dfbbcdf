using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>One endpoint of the API: its route's matcher (constraints aside) and the methods it takes (none: any).</summary>
internal sealed record ApiRoute(RouteEndpoint Endpoint, TemplateMatcher Matcher, IReadOnlyList<string> Methods);
