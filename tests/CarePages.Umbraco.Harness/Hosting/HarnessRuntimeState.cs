using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Exceptions;
using Umbraco.Cms.Core.Semver;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Harness.Hosting;

/// <summary>The runtime state Umbraco's <c>CoreRuntime</c> keeps (Infrastructure), with the level a test sets.</summary>
public sealed class HarnessRuntimeState : IRuntimeState
{
    /// <inheritdoc />
    public RuntimeLevel Level { get; set; } = RuntimeLevel.Run;

    /// <inheritdoc />
    public RuntimeLevelReason Reason { get; set; } = RuntimeLevelReason.Run;

    /// <inheritdoc />
    public Version Version => throw Unsupported(nameof(Version));

    /// <inheritdoc />
    public string VersionComment => throw Unsupported(nameof(VersionComment));

    /// <inheritdoc />
    public SemVersion SemanticVersion => throw Unsupported(nameof(SemanticVersion));

    /// <inheritdoc />
    public string? CurrentMigrationState => throw Unsupported(nameof(CurrentMigrationState));

    /// <inheritdoc />
    public string? FinalMigrationState => throw Unsupported(nameof(FinalMigrationState));

    /// <inheritdoc />
    public BootFailedException? BootFailedException => null;

    /// <inheritdoc />
    public IReadOnlyDictionary<string, object> StartupState => throw Unsupported(nameof(StartupState));

    /// <inheritdoc />
    public void DetermineRuntimeLevel() => throw Unsupported(nameof(DetermineRuntimeLevel));

    /// <inheritdoc />
    public void Configure(RuntimeLevel level, RuntimeLevelReason reason, Exception? bootFailedException = null)
    {
        Level = level;
        Reason = reason;
    }

    private static NotSupportedException Unsupported(string member) => new($"IRuntimeState.{member} is not implemented by the CarePages Umbraco harness.");
}
