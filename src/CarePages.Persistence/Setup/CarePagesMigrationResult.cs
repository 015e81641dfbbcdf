namespace CarePages.Persistence.Setup;

/// <summary>The outcome of applying the package's migrations.</summary>
/// <param name="Status">How it went.</param>
/// <param name="AppliedMigrations">The migrations applied now (empty when the tables were already up to date).</param>
/// <param name="Message">For failures, what went wrong and which setting to fix.</param>
public sealed record CarePagesMigrationResult(CarePagesMigrationStatus Status, IReadOnlyList<string> AppliedMigrations, string? Message)
{
    /// <summary>True when the tables are up to date.</summary>
    public bool Succeeded => Status == CarePagesMigrationStatus.Success;

    /// <summary>A failure with <paramref name="message"/>.</summary>
    public static CarePagesMigrationResult Failed(CarePagesMigrationStatus status, string message) => new(status, [], message);
}
