namespace CarePages.Persistence.Setup;

/// <summary>How applying the package's migrations went.</summary>
public enum CarePagesMigrationStatus
{
    /// <summary>The tables are up to date (pending migrations, if any, were applied).</summary>
    Success,

    /// <summary>No database provider is set.</summary>
    ProviderMissing,

    /// <summary>No connection string is set.</summary>
    ConnectionStringMissing,

    /// <summary>The connection string is malformed, or the database could not be opened with it.</summary>
    DatabaseUnreachable,

    /// <summary>The database was reached but a migration failed; nothing of that migration was kept.</summary>
    MigrationFailed,
}
