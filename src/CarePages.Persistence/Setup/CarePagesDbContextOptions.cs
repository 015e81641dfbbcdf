using CarePages.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Setup;

/// <summary>Points a <see cref="CarePagesDbContext"/> at the configured database.</summary>
public static class CarePagesDbContextOptions
{
    /// <summary>
    /// What is wrong with <paramref name="options"/> (naming the setting to fix), or null when a context can be
    /// configured from them.
    /// </summary>
    public static CarePagesMigrationResult? FindProblem(CarePagesPersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return CarePagesMigrationResult.Failed(
                CarePagesMigrationStatus.ConnectionStringMissing,
                $"CarePages cannot store translations: no connection string is set. Set {options.ConnectionStringSetting}.");
        }

        if (options.Provider is null)
        {
            return CarePagesMigrationResult.Failed(
                CarePagesMigrationStatus.ProviderMissing,
                $"CarePages cannot store translations: no database provider is set. Set {options.ProviderSetting} to Sqlite or SqlServer.");
        }

        return null;
    }

    /// <summary>Configures <paramref name="builder"/> for the provider and connection string of <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">The provider or connection string is missing (the message names the setting).</exception>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, CarePagesPersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (FindProblem(options) is { } problem)
        {
            throw new InvalidOperationException(problem.Message);
        }

        return options.Provider switch
        {
            CarePagesDatabaseProvider.SqlServer => builder.UseSqlServer(
                options.ConnectionString,
                sqlServer => sqlServer.MigrationsHistoryTable(TableNames.MigrationsHistory)),
            _ => builder.UseSqlite(
                options.ConnectionString,
                sqlite => sqlite.MigrationsHistoryTable(TableNames.MigrationsHistory)),
        };
    }

    /// <summary>Options for a context of its own (not pooled), e.g. to migrate.</summary>
    public static DbContextOptions<CarePagesDbContext> Create(CarePagesPersistenceOptions options)
    {
        var builder = new DbContextOptionsBuilder<CarePagesDbContext>();
        Configure(builder, options);
        return builder.Options;
    }
}
