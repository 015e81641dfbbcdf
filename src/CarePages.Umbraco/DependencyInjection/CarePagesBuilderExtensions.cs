using CarePages.Core.Audit;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Exchange;
using CarePages.Persistence.DependencyInjection;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Documents;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Languages;
using CarePages.Umbraco.Persistence;
using CarePages.Umbraco.Publishing;
using CarePages.Umbraco.Rendering;
using CarePages.Umbraco.Translation;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Extensions;

namespace CarePages.Umbraco.DependencyInjection;

/// <summary>Registers CarePages with Umbraco.</summary>
public static class CarePagesBuilderExtensions
{
    /// <summary>
    /// Adds CarePages: options bound to the <c>CarePages</c> section, the start-up installer, the page renderers and the "page not found" page,
    /// the check engine with its publish gate, and the translation workflow (its tables, services, gate and HTTP API).
    /// Safe to call more than once (from the composer and from <c>Program.cs</c>): later calls do nothing.
    /// </summary>
    public static IUmbracoBuilder AddCarePages(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Services.Any(d => d.ServiceType == typeof(CarePagesMarker)))
        {
            return builder;
        }

        builder.Services.AddSingleton<CarePagesMarker>();
        builder.Services.AddOptions<CarePagesOptions>()
            .BindConfiguration(CarePagesOptions.SectionName, binder => binder.ErrorOnUnknownConfiguration = true)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CarePagesOptions>, CarePagesOptionsValidator>();

        builder.Services.AddTransient<LanguageInstaller>();
        builder.Services.AddTransient<DataTypeInstaller>();
        builder.Services.AddTransient<TemplateInstaller>();
        builder.Services.AddTransient<ContentTypeInstaller>();
        builder.Services.AddTransient<SchemaInstaller>();
        builder.Services.AddTransient<SampleContentImporter>();
        builder.Services.AddTransient<InstallServerRoleGate>();
        builder.Services.AddSingleton<InstallRunner>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<PublishedContentPageLookup>();
        builder.Services.AddScoped<PublishedPageViewModelFactory>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddCarePagesNotFoundPage();
        builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, CarePagesInstallNotificationHandler>();

        // Checks, draft checks, the translation workflow and its tables, as every host gets them; then what is Umbraco's.
        builder.Services.TryAddSingleton<ISiteLinkResolver, UmbracoSiteLinkResolver>();
        builder.Services.AddCarePagesServices(
            UmbracoPersistenceOptions.Create,
            services =>
            {
                var options = services.GetRequiredService<IOptions<CarePagesOptions>>().Value;
                return new TranslationExchangeOptions
                {
                    SourceCulture = options.SourceCultureOr(services.GetRequiredService<IDefaultCultureAccessor>()),
                    MaxFileBytes = options.MaxImportFileBytes,
                    ImportParallelism = options.ImportParallelism,
                    MaxFieldLength = options.MaxImportFieldLength,
                    CopiedSourceMinLetters = options.CopiedSourceMinLetters,
                    MaxMemorySuggestions = options.MaxMemorySuggestions,
                };
            });
        builder.AddCarePagesPersistence();
        builder.Services.TryAddSingleton<PublishGateContext>();
        builder.AddNotificationHandler<ContentPublishingNotification, ContentPublishingChecksNotificationHandler>();
        builder.Services.AddScoped<IDraftContentStore, UmbracoDraftContentStore>();
        builder.Services.AddScoped<ISiteContentSource, UmbracoSiteContentSource>();
        builder.Services.AddSingleton<IAuditServerRole, UmbracoAuditServerRole>();
        builder.Services.AddScoped<ITranslationActorAccessor, BackOfficeTranslationActorAccessor>();
        builder.Services.AddScoped<IContentCultureCatalogue, UmbracoContentCultureCatalogue>();
        builder.Services.AddScoped<IDocumentAuthorizer, UmbracoDocumentAuthorizer>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, BackOfficeUserHandler>());
        builder.Services.AddCarePagesApi();
        builder.Services.AddAuthorizationBuilder().AddPolicy(CarePagesApiAuthorization.Policy, policy =>
        {
            policy.AuthenticationSchemes.Add(CarePagesApiAuthorization.BackOfficeScheme);
            policy.RequireAuthenticatedUser();
            policy.AddRequirements(new BackOfficeUserRequirement());
        });
        builder.AddNotificationAsyncHandler<ContentPublishingNotification, ContentPublishingTranslationNotificationHandler>();
        builder.AddNotificationAsyncHandler<ContentPublishedNotification, ContentPublishedTranslationNotificationHandler>();
        builder.AddNotificationAsyncHandler<ContentSavedNotification, ContentSavedTranslationNotificationHandler>();
        return builder;
    }
}
