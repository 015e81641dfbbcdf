using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.DependencyInjection;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core.DependencyInjection;

namespace CarePages.Umbraco.Tests.Api.Authorization;

public sealed class CarePagesApiPolicyTests
{
    [Fact]
    public void AddCarePages_ApiPolicy_RequiresAnAuthenticatedApprovedBackOfficeUserWithTheContentSection()
    {
        using var provider = AddCarePages().BuildServiceProvider();

        var policy = provider.GetRequiredService<IOptions<AuthorizationOptions>>().Value.GetPolicy(CarePagesApiAuthorization.Policy)!;

        Assert.Equal([CarePagesApiAuthorization.BackOfficeScheme], policy.AuthenticationSchemes);
        Assert.Contains(policy.Requirements, r => r is DenyAnonymousAuthorizationRequirement);
        Assert.Equal("content", Assert.Single(policy.Requirements.OfType<BackOfficeUserRequirement>()).Section);
    }

    [Fact]
    public void AddCarePages_Authorization_RegistersTheUmbracoAuthorizerAndTheUserHandlerPerRequest()
    {
        var services = AddCarePages();

        Assert.Single(services, d => d.ServiceType == typeof(IDocumentAuthorizer) && d.ImplementationType == typeof(UmbracoDocumentAuthorizer) && d.Lifetime == ServiceLifetime.Scoped);
        Assert.Single(services, d => d.ServiceType == typeof(IAuthorizationHandler) && d.ImplementationType == typeof(BackOfficeUserHandler) && d.Lifetime == ServiceLifetime.Scoped);
    }

    private static ServiceCollection AddCarePages()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Mock.Of<IUmbracoBuilder>(b => b.Services == services).AddCarePages();
        return services;
    }
}
