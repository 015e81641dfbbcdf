using CarePages.Core.Checks;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Publishing;
using CarePages.Umbraco.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Extensions;

namespace CarePages.Umbraco.DependencyInjection;

/// <summary>Registers CarePages with Umbraco.</summary>
public static class CarePagesBuilderExtensions
{
    /// <summary>
    /// Adds CarePages: options bound to the <c>CarePages</c> section, the start-up installer, the page renderers,
    /// and the check engine with its publish gate.
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
        builder.Services.AddScoped<PublishedContentPageLookup>();
        builder.Services.AddScoped<PublishedPageViewModelFactory>();
        builder.AddNotificationAsyncHandler<UmbracoApplicationStartedNotification, CarePagesInstallNotificationHandler>();

        // The builder itself is registered so that sites can change the rules from their composers (CarePagesCheckRules()).
        builder.Services.AddSingleton(CheckRuleSetBuilder.WithBuiltInRules());
        builder.Services.AddSingleton(services => new CheckEngine(
            services.GetRequiredService<CheckRuleSetBuilder>().Build(),
            services.GetRequiredService<IOptions<CarePagesOptions>>().Value.Checks,
            time: services.GetService<TimeProvider>()));
        builder.AddNotificationHandler<ContentPublishingNotification, ContentPublishingChecksNotificationHandler>();
        return builder;
    }
}
