using CarePages.Core.Translation.Machine;
using CarePages.Core.Translation.Machine.Apertium;
using CarePages.Core.Translation.Machine.Azure;
using CarePages.Core.Translation.Machine.DeepL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CarePages.Persistence.DependencyInjection;

/// <summary>
/// Machine translation for every host: <c>CarePages:MachineTranslation</c> bound and validated, the configured engine
/// (none unless a site names one), one pooled HTTP client for it, and the pre-fill service.
/// </summary>
internal static class MachineTranslationRegistration
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<MachineTranslationOptions>().BindConfiguration(MachineTranslationOptions.SectionName, binder => binder.ErrorOnUnknownConfiguration = true);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MachineTranslationOptions>, MachineTranslationOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<MachineTranslationOptions>>().Value);

        // One client for the life of the host: pooled connections, refreshed so a changed DNS entry is seen.
        services.TryAddKeyedSingleton(nameof(MachineTranslationRegistration), (_, _) => new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        });
        services.TryAddSingleton(Engine);
        services.AddScoped<MachinePrefillService>();
    }

    private static IMachineTranslationEngine Engine(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<MachineTranslationOptions>();
        var http = provider.GetRequiredKeyedService<HttpClient>(nameof(MachineTranslationRegistration));
        return options.Engine.ToUpperInvariant() switch
        {
            "APERTIUM" => new ApertiumEngine(http, options),
            "DEEPL" => new DeepLEngine(http, options),
            "AZURE" => new AzureTranslatorEngine(http, options),
            _ => new NoMachineTranslationEngine(),
        };
    }
}
