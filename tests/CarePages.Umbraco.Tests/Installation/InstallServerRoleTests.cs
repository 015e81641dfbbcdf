using CarePages.Core.Checks;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Harness.Hosting;
using CarePages.Umbraco.Installation;
using CarePages.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Sync;

namespace CarePages.Umbraco.Tests.Installation;

/// <summary>Which server of a site installs the schema: the scheduling publisher or a single server, never a subscriber.</summary>
public sealed class InstallServerRoleTests
{
    private readonly CarePagesOptions _options = new();
    private readonly SteppingTimeProvider _clock = new();
    private readonly CapturingLogger<InstallServerRoleGate> _logger = new();

    [Theory]
    [InlineData(ServerRole.Single, true)]
    [InlineData(ServerRole.SchedulingPublisher, true)]
    [InlineData(ServerRole.Subscriber, false)]
    public async Task MayInstallAsync_OnAKnownRole_DecidesAtOnce(ServerRole role, bool installs)
    {
        var result = await Gate(new HarnessServerRoleAccessor(role)).MayInstallAsync(CancellationToken.None);

        Assert.Equal(installs, result);
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task MayInstallAsync_UnknownThenElectedSchedulingPublisher_WaitsAndInstalls()
    {
        var server = new HarnessServerRoleAccessor(ServerRole.Unknown, ServerRole.Unknown, ServerRole.SchedulingPublisher);

        var result = await Gate(server).MayInstallAsync(CancellationToken.None);

        Assert.True(result);
        Assert.Equal(3, server.Reads);
        Assert.Equal(2 * InstallServerRoleGate.PollInterval, _clock.Elapsed);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task MayInstallAsync_UnknownThroughoutTheWait_SkipsWithALogLineSayingWhyAndWhatToDo()
    {
        _options.Install.ServerRoleWait = TimeSpan.FromSeconds(3.1);

        var result = await Gate(new HarnessServerRoleAccessor(ServerRole.Unknown)).MayInstallAsync(CancellationToken.None);

        Assert.False(result);
        Assert.Equal(TimeSpan.FromSeconds(3.1), _clock.Elapsed);
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("still Unknown after 00:00:03.1", entry.Message, StringComparison.Ordinal);
        Assert.Contains("CarePages:Install:ServerRoleWait", entry.Message, StringComparison.Ordinal);
        Assert.Contains("DisableElectionForSingleServer", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MayInstallAsync_UnknownWithNoWaitConfigured_SkipsAtOnce()
    {
        _options.Install.ServerRoleWait = TimeSpan.Zero;
        var server = new HarnessServerRoleAccessor(ServerRole.Unknown, ServerRole.Single);

        var result = await Gate(server).MayInstallAsync(CancellationToken.None);

        Assert.False(result);
        Assert.Equal(1, server.Reads);
        Assert.Single(_logger.Entries);
    }

    [Fact]
    public async Task MayInstallAsync_CancelledWhileWaitingForTheRole_StopsWaiting()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Gate(new HarnessServerRoleAccessor(ServerRole.Unknown)).MayInstallAsync(cancellation.Token));

        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task MayInstallAsync_InstallerAndSampleContentSwitchedOff_DoesNotWaitForTheRole()
    {
        _options.Install.Enabled = false;
        var server = new HarnessServerRoleAccessor(ServerRole.Unknown);

        var result = await Gate(server).MayInstallAsync(CancellationToken.None);

        Assert.False(result);
        Assert.Equal(0, server.Reads);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void ServerRoleWait_Configured_IsBoundFromTheInstallSection()
    {
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CarePages:Install:ServerRoleWait"] = "00:00:30" })
            .Build()
            .GetSection(CarePagesOptions.SectionName)
            .Get<CarePagesOptions>(binder => binder.ErrorOnUnknownConfiguration = true);

        Assert.Equal(TimeSpan.FromSeconds(30), options?.Install.ServerRoleWait);
        Assert.Equal(TimeSpan.FromMinutes(2), new CarePagesInstallOptions().ServerRoleWait);
    }

    [Theory]
    [InlineData("-00:00:01", false)]
    [InlineData("00:00:00", true)]
    [InlineData("00:30:00", true)]
    [InlineData("00:30:01", false)]
    public void Validate_ServerRoleWait_AcceptsZeroToThirtyMinutes(string wait, bool valid)
    {
        _options.Install.ServerRoleWait = TimeSpan.Parse(wait, System.Globalization.CultureInfo.InvariantCulture);

        var result = new CarePagesOptionsValidator(CheckRuleSetBuilder.WithBuiltInRules()).Validate(null, _options);

        Assert.Equal(valid, result.Succeeded);
        Assert.Equal(valid, result.Failures?.Any(f => f.StartsWith("CarePages:Install:ServerRoleWait", StringComparison.Ordinal)) != true);
    }

    private InstallServerRoleGate Gate(IServerRoleAccessor server) => new(server, Options.Create(_options), _clock, _logger);
}
