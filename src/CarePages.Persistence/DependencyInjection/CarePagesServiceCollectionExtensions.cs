using CarePages.Core.Checks;
using CarePages.Core.Checks.Drafts;
using CarePages.Core.Checks.Options;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Matrix;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Status;
using CarePages.Core.Translation.Workflow;
using CarePages.Persistence.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CarePages.Persistence.DependencyInjection;

/// <summary>
/// The package's one composition root, without Umbraco: the Umbraco site (<c>AddCarePages()</c>), the demo and the
/// command-line tool all call <see cref="AddCarePagesServices"/>, so that each gets the same checks and translation workflow.
/// </summary>
public static class CarePagesServiceCollectionExtensions
{
    /// <summary>The configuration section the check engine's options are bound from.</summary>
    public const string ChecksSectionName = "CarePages:" + CheckOptions.SectionName;

    /// <summary>
    /// Adds the check engine and the draft checks (<see cref="AddCarePagesChecks"/>: <c>CarePages:Checks</c> bound and
    /// validated), the translation workflow, status, export,
    /// import and review services, the translation memory, machine translation (<c>CarePages:MachineTranslation</c>, no engine by default), the site audit (<c>CarePages:Audit</c>, no nightly run by default), and the EF Core stores on the database <paramref name="persistence"/>
    /// names. Needs an <c>IConfiguration</c> in the container. The host registers what is its own: the
    /// <see cref="IDraftContentStore"/>, the actor accessor, the document authorizer, the culture
    /// catalogue, the <see cref="ISiteContentSource"/> and, if it has one, the <see cref="ISiteLinkResolver"/>. Safe to call more than once: later calls do nothing.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="persistence">The database of the package's tables, made each time a context is made or the migration runs.</param>
    /// <param name="exchange">The source culture and import limits, made once per scope.</param>
    public static IServiceCollection AddCarePagesServices(
        this IServiceCollection services,
        Func<IServiceProvider, CarePagesPersistenceOptions> persistence,
        Func<IServiceProvider, TranslationExchangeOptions> exchange)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(persistence);
        ArgumentNullException.ThrowIfNull(exchange);
        if (services.Any(d => d.ServiceType == typeof(CarePagesServicesMarker)))
        {
            return services;
        }

        services.AddSingleton<CarePagesServicesMarker>();
        services.AddCarePagesChecks();
        services.AddCarePagesPersistence(persistence);
        AddTranslation(services, exchange);
        return services;
    }

    /// <summary>
    /// The checks part of <see cref="AddCarePagesServices"/>, for a host that only checks (the command-line tool's
    /// <c>check</c>, <c>act</c> and <c>rules</c>): the <see cref="CheckEngine"/> over the registered
    /// <see cref="CheckRuleSetBuilder"/> (every built-in rule unless the host registered its own first) with
    /// <see cref="CheckOptions"/> bound from <c>CarePages:Checks</c> (an unknown key or an invalid value fails when the
    /// engine is first resolved, naming every problem), and the draft checks. Needs an <c>IConfiguration</c>. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddCarePagesChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(CheckEngine)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);

        // A site changes the rules through this builder from its composers (CarePagesCheckRules() in Umbraco).
        services.TryAddSingleton(CheckRuleSetBuilder.WithBuiltInRules());
        services.AddOptions<CheckOptions>().BindConfiguration(ChecksSectionName, binder => binder.ErrorOnUnknownConfiguration = true);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CheckOptions>, CheckOptionsConfigurationValidator>());
        services.AddSingleton(provider => new CheckEngine(
            provider.GetRequiredService<CheckRuleSetBuilder>().Build(),
            provider.GetRequiredService<IOptions<CheckOptions>>().Value,
            time: provider.GetService<TimeProvider>(),
            siteLinks: provider.GetService<ISiteLinkResolver>()));
        services.AddScoped<DraftCheckService>();
        return services;
    }

    private static void AddTranslation(IServiceCollection services, Func<IServiceProvider, TranslationExchangeOptions> exchange)
    {
        services.TryAddSingleton(new TranslationMemoryOptions());
        services.AddScoped(exchange);
        services.AddScoped<TranslationWorkflowService>();
        services.AddScoped<TranslationMemoryService>();
        services.AddScoped<TranslationStatusService>();
        services.AddSingleton<StatusTallyCache>();
        services.AddScoped<TranslationMatrixService>();
        services.AddScoped<TranslationExportService>();
        services.AddScoped<TranslationImportService>();
        services.AddScoped<TranslationReviewService>();
        services.AddScoped<ExistingTranslationApprover>();
        MachineTranslationRegistration.Add(services);
        AuditRegistration.Add(services);
    }
}
