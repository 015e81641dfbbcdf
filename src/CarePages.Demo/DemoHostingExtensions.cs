using System.Text.Encodings.Web;
using System.Text.Unicode;
using CarePages.Core.Checks.Options;
using CarePages.Core.Ports;
using CarePages.Core.Rendering;
using CarePages.Core.SampleContent;
using CarePages.Demo.OpenApi;
using CarePages.Demo.Translation;
using CarePages.Umbraco.Api;
using CarePages.Umbraco.Api.Authorization;
using CarePages.Umbraco.Translation;
using CarePages.Umbraco.Translation.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using CarePages.Demo.Site;
using CarePages.Demo.Storage;
using CarePages.Demo.Storage.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace CarePages.Demo;

/// <summary>Wires the demo clinic into an ASP.NET Core host.</summary>
public static class DemoHostingExtensions
{
    /// <summary>Registers the store, the seeding on start-up, the site and MVC for the package's Razor partials.</summary>
    public static WebApplicationBuilder AddCarePagesDemo(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        UseDefaultUrlWhenNoneConfigured(builder);
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        builder.Services.AddOptions<SiteBranding>().BindConfiguration(SiteBrandingValidator.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteBranding>, SiteBrandingValidator>();
        builder.Services.AddSingleton<ISiteLinkResolver, DemoSiteLinkResolver>();
        builder.Services.AddSingleton<SampleContentSeeder>();

        // First of the hosted services, so registered before the package's: the package's tables exist before the site
        // audit's worker first looks for a run.
        builder.Services.AddHostedService<DemoDatabaseInitializer>();

        // The package's services as every host gets them (checks from CarePages:Checks, the translation workflow), over
        // the demo's own SQLite file: the package's tables sit next to the documents.
        builder.Services.AddDemoStore(DatabasePath, SampleClinic.SourceCulture);
        AddTranslation(builder.Services);
        builder.Services.AddScoped<DemoSiteLoader>();
        builder.Services.AddControllersWithViews();
        builder.Services.AddCarePagesOpenApi();

        // Write Spanish and Arabic text as characters, not numeric entities, so the HTML stays readable.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // The package's stylesheet is a static web asset of the referenced RCL; serve it in every environment.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }

    /// <summary>Serves the stylesheet, then every page of the demo.</summary>
    public static WebApplication UseCarePagesDemo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Static files first, then routing: the pages' catch-all route must not shadow the stylesheet.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapCarePagesOpenApi();
        return app;
    }

    // The demo's translators, reviewers and cultures, and the package's API over them.
    private static void AddTranslation(IServiceCollection services)
    {
        services.AddOptions<CheckOptions>().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddCarePagesApi();
        services.AddHostedService<MachineTranslationAnnouncement>();
        services.AddScoped<ITranslationActorAccessor, DemoTranslationActorAccessor>();
        services.AddScoped<IDocumentAuthorizer, DemoDocumentAuthorizer>();
        services.AddSingleton<IContentCultureCatalogue, DemoContentCultureCatalogue>();
        services.AddAuthentication(DemoUserAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, DemoUserAuthenticationHandler>(DemoUserAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(CarePagesApiAuthorization.Policy, policy =>
        {
            policy.AuthenticationSchemes.Add(DemoUserAuthenticationHandler.SchemeName);
            policy.RequireAuthenticatedUser();
        });
    }

    private static string DatabasePath(IServiceProvider services) => Path.GetFullPath(
        services.GetRequiredService<IOptions<DemoOptions>>().Value.DatabasePath,
        services.GetRequiredService<IHostEnvironment>().ContentRootPath);

    // appsettings.json sets Urls too; this keeps the demo on its documented address when run from elsewhere.
    // --urls, ASPNETCORE_URLS and the port variables still win because they set one of these keys.
    private static void UseDefaultUrlWhenNoneConfigured(WebApplicationBuilder builder)
    {
        string[] keys = ["urls", "http_ports", "https_ports"];
        if (keys.All(key => string.IsNullOrWhiteSpace(builder.Configuration[key])))
        {
            builder.WebHost.UseUrls(DemoOptions.DefaultUrl);
        }
    }
}
