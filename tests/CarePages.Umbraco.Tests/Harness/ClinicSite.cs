using CarePages.Umbraco.Harness;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;

namespace CarePages.Umbraco.Tests.Harness;

/// <summary>A harness site configured as the sample clinic: en-GB by default, es-ES and ar installed by CarePages.</summary>
internal static class ClinicSite
{
    /// <summary>The sample clinic's intranasal ketamine route.</summary>
    public static readonly Guid IntranasalRouteKey = new("92fad090-b178-4abd-bfd1-7a2b695c4f92");

    /// <summary>The sample clinic's treatment overview, the routes' parent.</summary>
    public static readonly Guid OverviewKey = new("22db70d5-e165-4804-b40e-7807ddaa8634");

    /// <summary>The sample clinic's CRPS condition page.</summary>
    public static readonly Guid CrpsKey = new("5e61cb7e-fb30-4dbc-aeac-e437387ba89d");

    /// <summary>
    /// Starts Umbraco with the package installed (and, when asked, the sample clinic imported as drafts, its translations
    /// approved unless <paramref name="approvedTranslations"/> is false).
    /// </summary>
    public static async Task<UmbracoHarness> StartAsync(bool sampleContent = false, Action<HarnessSettings>? configure = null, bool approvedTranslations = true)
    {
        var harness = UmbracoHarness.Start(settings =>
        {
            settings.Configuration["CarePages:Install:Languages:0:IsoCode"] = "es-ES";
            settings.Configuration["CarePages:Install:Languages:0:FallbackIsoCode"] = "en-GB";
            settings.Configuration["CarePages:Install:Languages:1:IsoCode"] = "ar";
            settings.Configuration["CarePages:Install:SampleContent"] = sampleContent ? "true" : "false";
            settings.Configuration["CarePages:Install:ApproveSampleTranslations"] = approvedTranslations ? "true" : "false";
            configure?.Invoke(settings);
        });
        try
        {
            await harness.StartUmbracoAsync();
            return harness;
        }
        catch
        {
            harness.Dispose();
            throw;
        }
    }

    /// <summary>A user in a group of their own with <paramref name="permissions"/> on every document and es-ES as their only language.</summary>
    public static Task<IUser> AddSpanishUserAsync(this UmbracoHarness harness, string name, params string[] permissions) =>
        harness.AddTranslatorAsync(name, "es-ES", permissions);

    /// <summary>A user in a group of their own with <paramref name="permissions"/> on every document and <paramref name="culture"/> as their only language.</summary>
    public static async Task<IUser> AddTranslatorAsync(this UmbracoHarness harness, string name, string culture, params string[] permissions)
    {
        var language = (await harness.GetRequiredService<ILanguageService>().GetAsync(culture))!.Id;
        return harness.Users.AddUser(name, [harness.Users.AddGroup(name + "Group", permissions, [language])]);
    }

    /// <summary>Creates a content type that is not CarePages' through Umbraco's content type service (e.g. one whose alias clashes).</summary>
    public static async Task<IContentType> CreateForeignContentTypeAsync(this UmbracoHarness harness, string alias, string name)
    {
        var type = new ContentType(harness.GetRequiredService<IShortStringHelper>(), -1) { Alias = alias, Name = name, AllowedAsRoot = true };
        Assert.True((await harness.GetRequiredService<IContentTypeService>().CreateAsync(type, Constants.Security.SuperUserKey)).Success);
        return type;
    }
}
