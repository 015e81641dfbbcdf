using CarePages.Core.Translation.Storage;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Tests.Harness;
using Microsoft.Extensions.Configuration;
using Umbraco.Cms.Core;

namespace CarePages.Umbraco.Tests.Persistence;

/// <summary>The package's tables across Umbraco's install-time restart: one container, started at Install level, then at Run.</summary>
public sealed class TranslationTablesOnUmbracoStartTests
{
    [Fact]
    public async Task StartUmbraco_AtInstallWithoutAConnectionStringThenAtRun_TheSameContainerCreatesAndUsesTheTables()
    {
        string? connectionString = null;
        using var harness = UmbracoHarness.Start(s =>
        {
            connectionString = s.Configuration["ConnectionStrings:umbracoDbDSN"];
            s.Configuration["ConnectionStrings:umbracoDbDSN"] = null;
            s.Configuration["CarePages:Install:Languages:0:IsoCode"] = "es-ES";
            s.Configuration["CarePages:Install:Languages:1:IsoCode"] = "ar";
            s.Configuration["CarePages:Install:SampleContent"] = "true";
        });
        await harness.StartUmbracoAsync(RuntimeLevel.Install);

        // What Umbraco's installer does: write the connection string, then restart the runtime in the same process.
        harness.GetRequiredService<IConfiguration>()["ConnectionStrings:umbracoDbDSN"] = connectionString;
        await harness.StartUmbracoAsync(RuntimeLevel.Run);

        await harness.ApproveAllAsync(ClinicSite.IntranasalRouteKey, "es-ES");

        var states = await harness.GetRequiredService<ITranslationStateStore>().GetByDocumentAsync(ClinicSite.IntranasalRouteKey);
        Assert.NotEmpty(states);
        Assert.All(states, s => Assert.Equal(TranslationStatus.Approved, s.EffectiveStatus));
    }
}
