using System.Security.Claims;
using CarePages.Umbraco.Harness;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.Models.Membership;

namespace CarePages.Umbraco.Tests.Harness;

/// <summary>
/// A backoffice request by <paramref name="user"/>: its principal carries the user key in the <c>sub</c> claim, as
/// Umbraco's token validation leaves it, and the package's services are resolved from the request's scope.
/// </summary>
internal sealed class SignedInRequest : IDisposable
{
    private readonly IServiceScope _scope;

    public SignedInRequest(UmbracoHarness harness, IUser? user)
    {
        ArgumentNullException.ThrowIfNull(harness);
        _scope = harness.Services.CreateScope();
        var identity = user is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim("sub", user.Key.ToString())], "OpenIddict.Validation.AspNetCore");
        _scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = _scope.ServiceProvider };
    }

    public T Get<T>()
        where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A controller of the package's API for this request, as MVC would make it.</summary>
    public TController Controller<TController>()
        where TController : ControllerBase
    {
        var controller = ActivatorUtilities.CreateInstance<TController>(_scope.ServiceProvider);
        controller.ControllerContext = new ControllerContext { HttpContext = Get<IHttpContextAccessor>().HttpContext! };
        return controller;
    }

    public void Dispose()
    {
        _scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = null;
        _scope.Dispose();
    }
}
