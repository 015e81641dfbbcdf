using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Umbraco.Harness;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.Harness;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>The start-up installer as Umbraco's start-up notifications run it, on each runtime level and server role.</summary>
public sealed class CarePagesInstallNotificationHandlerTests
{
    [Theory]
    [InlineData(RuntimeLevel.Install)]
    [InlineData(RuntimeLevel.Upgrade)]
    [InlineData(RuntimeLevel.BootFailed)]
    [InlineData(RuntimeLevel.Run)]
    public async Task StartUmbraco_AtEachRuntimeLevel_InstallsOnlyWhenTheSiteRuns(RuntimeLevel level)
    {
        using var harness = UmbracoHarness.Start();

        await harness.StartUmbracoAsync(level);

        Assert.Equal(level == RuntimeLevel.Run, harness.GetRequiredService<IKeyValueService>().GetValue(SchemaInstaller.VersionKey) == UmbracoSchema.Version);
        Assert.Equal(level == RuntimeLevel.Run, await harness.GetRequiredService<IDataTypeService>().GetAsync(CarePagesDataTypes.PageTitle) is not null);
    }

    [Theory]
    [InlineData(ServerRole.Subscriber, false)]
    [InlineData(ServerRole.SchedulingPublisher, true)]
    [InlineData(ServerRole.Single, true)]
    public async Task StartUmbraco_OnEachServerRole_InstallsOnlyOnTheSchedulingPublisherOrASingleServer(ServerRole role, bool installs)
    {
        using var harness = UmbracoHarness.Start(s => s.ServerRole = role);

        await harness.StartUmbracoAsync();

        Assert.Equal(installs, await harness.GetRequiredService<IDataTypeService>().GetAsync(CarePagesDataTypes.PageTitle) is not null);
    }

    [Fact]
    public async Task StartUmbraco_RoleStillUnknownThenElectedPublisher_GoesOnStartingAndInstallsInTheBackground()
    {
        using var harness = UmbracoHarness.Start(s => s.ServerRole = ServerRole.Unknown);
        harness.Site.ServerRoles.Script(ServerRole.Unknown, ServerRole.Unknown, ServerRole.SchedulingPublisher);

        await harness.StartUmbracoAsync();
        var runner = harness.GetRequiredService<InstallRunner>();
        Assert.False(runner.Pending.IsCompleted, "start-up waited for the election");
        await runner.Pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotNull(await harness.GetRequiredService<IDataTypeService>().GetAsync(CarePagesDataTypes.PageTitle));
    }

    [Fact]
    public async Task StartUmbraco_RoleUnknownThroughoutTheWait_SkipsTheInstallerAndSaysWhatToDo()
    {
        var log = new TestSupport.CapturingLoggerProvider();
        using var harness = UmbracoHarness.Start(s =>
        {
            s.ServerRole = ServerRole.Unknown;
            s.Configuration["CarePages:Install:ServerRoleWait"] = "00:00:01";
            s.LoggerFactory = log.CreateFactory();
        });

        await harness.StartUmbracoAsync();
        await harness.GetRequiredService<InstallRunner>().Pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(await harness.GetRequiredService<IDataTypeService>().GetAsync(CarePagesDataTypes.PageTitle));
        Assert.Contains(log.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Information && e.Message.Contains("DisableElectionForSingleServer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartUmbraco_WithSampleContentSwitchedOn_ImportsItAfterTheSchema()
    {
        using var harness = await ClinicSite.StartAsync(sampleContent: true);

        var lastType = (await harness.GetRequiredService<IContentTypeService>().GetAsync(TreatmentOverviewType.Key))!.Id;
        var documents = SampleClinic.Documents.Select(d => harness.GetRequiredService<IContentService>().GetById(d.Id)).ToArray();
        Assert.All(documents, d => Assert.True(d!.Id > lastType));
    }

    [Fact]
    public async Task StartUmbraco_WhenTheSchemaFails_DoesNotImportSampleContent()
    {
        using var harness = UmbracoHarness.Start(s =>
        {
            s.Configuration["CarePages:Install:SampleContent"] = "true";
            s.Configuration["CarePages:Install:Languages:0:IsoCode"] = "es-ES";
            s.Configuration["CarePages:Install:Languages:1:IsoCode"] = "ar";
        });
        await harness.CreateForeignContentTypeAsync(TreatmentRouteType.Alias, "Clashing type");

        await harness.StartUmbracoAsync();

        Assert.All(SampleClinic.Documents, d => Assert.Null(harness.GetRequiredService<IContentService>().GetById(d.Id)));
    }
}
