using CarePages.Umbraco.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services.Navigation;

namespace CarePages.Umbraco.Rendering;

/// <summary>Puts <see cref="CarePagesNotFoundContentFinder"/> in front of the last chance finder Umbraco has.</summary>
internal static class NotFoundServiceCollectionExtensions
{
    /// <summary>
    /// Wraps the registered <see cref="IContentLastChanceFinder"/> (Umbraco's configured-404 finder, or a site's own)
    /// so it is still asked first. A site that sets another last chance finder later replaces this one.
    /// </summary>
    public static IServiceCollection AddCarePagesNotFoundPage(this IServiceCollection services)
    {
        var site = services.LastOrDefault(d => d.ServiceType == typeof(IContentLastChanceFinder));
        if (site is not null)
        {
            services.Remove(site);
        }

        services.AddSingleton<IContentLastChanceFinder>(provider => new CarePagesNotFoundContentFinder(
            site is null ? null : Create(provider, site),
            provider.GetRequiredService<IPublishedContentCache>(),
            provider.GetRequiredService<IDocumentNavigationQueryService>(),
            provider.GetRequiredService<IHttpContextAccessor>(),
            provider.GetRequiredService<IOptionsMonitor<CarePagesOptions>>()));
        return services;
    }

    private static IContentLastChanceFinder Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (IContentLastChanceFinder)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
