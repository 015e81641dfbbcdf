using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CarePages.Umbraco.Api.Problems;

/// <summary>
/// Puts <see cref="ApiProblemMiddleware"/> at the start of the host's pipeline. A startup filter, not an Umbraco pipeline
/// filter: the package references only <c>Umbraco.Cms.Core</c> (pipeline filters live in <c>Umbraco.Cms.Web.Common</c>),
/// and the demo, which hosts the same controllers without Umbraco, gets the same behaviour from the same registration.
/// </summary>
internal sealed class ApiProblemStartupFilter : IStartupFilter
{
    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ApiProblemMiddleware>();
        next(app);
    };
}
