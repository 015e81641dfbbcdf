using CarePages.Core.Schema;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Notifications;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Tests.Installation;

public sealed class CarePagesInstallNotificationHandlerTests
{
    [Theory]
    [InlineData(RuntimeLevel.Install)]
    [InlineData(RuntimeLevel.Upgrade)]
    [InlineData(RuntimeLevel.BootFailed)]
    [InlineData(RuntimeLevel.Run)]
    public async Task HandleAsync_AtEachRuntimeLevel_InstallsOnlyWhenTheSiteRuns(RuntimeLevel level)
    {
        var site = new FakeUmbracoSite();

        await CreateHandler(site, level, ServerRole.Single).HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);

        Assert.Equal(level == RuntimeLevel.Run, site.KeyValues.GetValue(SchemaInstaller.VersionKey) == UmbracoSchema.Version);
        Assert.Equal(level == RuntimeLevel.Run, site.Writes.Count > 0);
    }

    [Theory]
    [InlineData(ServerRole.Subscriber, false)]
    [InlineData(ServerRole.SchedulingPublisher, true)]
    [InlineData(ServerRole.Single, true)]
    public async Task HandleAsync_OnEachServerRole_SkipsSubscribers(ServerRole role, bool installs)
    {
        var site = new FakeUmbracoSite();

        await CreateHandler(site, RuntimeLevel.Run, role).HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);

        Assert.Equal(installs, site.Writes.Count > 0);
    }

    [Fact]
    public async Task HandleAsync_WithSampleContentSwitchedOn_ImportsItAfterTheSchema()
    {
        var site = new FakeUmbracoSite();
        site.Options.Install.SampleContent = true;

        await CreateHandler(site, RuntimeLevel.Run, ServerRole.Single).HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);

        var firstDocument = site.Writes.FindIndex(w => w.StartsWith("create document", StringComparison.Ordinal));
        Assert.True(firstDocument > site.Writes.FindLastIndex(w => w.StartsWith("create content type", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HandleAsync_WhenTheSchemaFails_DoesNotImportSampleContent()
    {
        var site = new FakeUmbracoSite();
        site.Options.Install.SampleContent = true;
        site.AddForeignContentType("carePagesTreatmentRoute", "Clashing type");

        await CreateHandler(site, RuntimeLevel.Run, ServerRole.Single).HandleAsync(new UmbracoApplicationStartedNotification(false), CancellationToken.None);

        Assert.Empty(site.Documents);
    }

    private static CarePagesInstallNotificationHandler CreateHandler(FakeUmbracoSite site, RuntimeLevel level, ServerRole role)
    {
        var runtime = new Mock<IRuntimeState>();
        runtime.SetupGet(r => r.Level).Returns(level);
        var server = new Mock<IServerRoleAccessor>();
        server.SetupGet(s => s.CurrentServerRole).Returns(role);
        var gate = new InstallServerRoleGate(server.Object, Options.Create(site.Options), TimeProvider.System, NullLogger<InstallServerRoleGate>.Instance);
        return new CarePagesInstallNotificationHandler(runtime.Object, gate, site.CreateSchemaInstaller(), site.CreateSampleContentImporter());
    }
}
