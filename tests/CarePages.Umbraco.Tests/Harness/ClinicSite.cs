using CarePages.Umbraco.Harness;

namespace CarePages.Umbraco.Tests.Harness;

/// <summary>A harness site configured as the sample clinic: en-GB by default, es-ES and ar installed by CarePages.</summary>
internal static class ClinicSite
{
    /// <summary>Starts Umbraco with the package installed (and, when asked, the sample clinic imported as drafts).</summary>
    public static async Task<UmbracoHarness> StartAsync(bool sampleContent = false, Action<HarnessSettings>? configure = null)
    {
        var harness = UmbracoHarness.Start(settings =>
        {
            settings.Configuration["CarePages:Install:Languages:0:IsoCode"] = "es-ES";
            settings.Configuration["CarePages:Install:Languages:0:FallbackIsoCode"] = "en-GB";
            settings.Configuration["CarePages:Install:Languages:1:IsoCode"] = "ar";
            settings.Configuration["CarePages:Install:SampleContent"] = sampleContent ? "true" : "false";
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
}
