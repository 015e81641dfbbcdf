using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Memory;
using CarePages.Core.Translation.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePages.Umbraco.Translation;

/// <summary>Registers the translation workflow's services over the stores a host provides.</summary>
public static class TranslationServiceCollectionExtensions
{
    /// <summary>
    /// Adds the workflow, status, export, import and review services and the translation memory. The host registers
    /// the stores (<c>ITranslationStateStore</c>, <c>ITranslationJobStore</c>, <c>ITranslationMemoryStore</c>, optionally
    /// <c>IGlossaryStore</c>), the <c>IDraftContentStore</c> and an <see cref="ITranslationActorAccessor"/>.
    /// </summary>
    public static IServiceCollection AddCarePagesTranslationServices(this IServiceCollection services, Func<IServiceProvider, TranslationExchangeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new TranslationMemoryOptions());
        services.AddScoped(options);
        services.AddScoped<TranslationWorkflowService>();
        services.AddScoped<TranslationMemoryService>();
        services.AddScoped<TranslationStatusService>();
        services.AddScoped<TranslationExportService>();
        services.AddScoped<TranslationImportService>();
        services.AddScoped<TranslationReviewService>();
        services.AddScoped<ExistingTranslationApprover>();
        return services;
    }
}
