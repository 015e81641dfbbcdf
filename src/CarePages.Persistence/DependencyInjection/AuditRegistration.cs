using CarePages.Core.Audit;
using CarePages.Persistence.Audit;
using CarePages.Persistence.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CarePages.Persistence.DependencyInjection;

/// <summary>
/// The site audit for every host: <c>CarePages:Audit</c> bound and validated, its tables, the coordinator, the worker and
/// the background service that runs it. The host registers the <see cref="Core.Ports.ISiteContentSource"/> and, in a
/// load-balanced site, an <see cref="IAuditServerRole"/> (every server runs audits otherwise).
/// </summary>
internal static class AuditRegistration
{
    public const string SectionName = "CarePages:" + AuditOptions.SectionName;

    public static void Add(IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(SectionName, binder => binder.ErrorOnUnknownConfiguration = true);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, AuditOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<AuditOptions>>().Value);
        services.TryAddSingleton<IAuditResultStore, EfAuditResultStore>();
        services.TryAddSingleton<IAuditRunStore, EfAuditRunStore>();
        services.TryAddSingleton<IAuditServerRole, SingleServerAuditRole>();
        services.TryAddSingleton<AuditWorkSignal>();
        services.AddScoped<AuditRunCoordinator>();
        services.AddScoped<SiteAuditService>();
        services.AddScoped<AuditWorker>();
        services.AddScoped<AuditResultsService>();
        services.AddHostedService<AuditBackgroundService>();
    }
}
