using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Constraints;

namespace CarePages.Umbraco.Translation.Api;

/// <summary>
/// Takes only the spellings of <see cref="ReviewStepRoute"/>, case-sensitively (the framework's inline <c>regex</c>
/// constraint ignores case, which let <c>Approve</c> through to the wrong step). A regex constraint still, so that the
/// API's description shows the same pattern.
/// </summary>
internal sealed class ReviewStepRouteConstraint()
    : RegexRouteConstraint(new Regex(ReviewStepRoute.Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
