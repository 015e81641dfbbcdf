using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace CarePages.Persistence.Setup;

/// <summary>
/// Brings the package's tables up to date by applying its EF Core migrations (recorded in
/// <c>carePagesMigrationsHistory</c>, apart from any other EF Core context in the same database). Safe to run at
/// every start: applied migrations are skipped. The options are read at each run, so a run that found no connection
/// string (a site not installed yet) leaves nothing behind for the next.
/// </summary>
public sealed class CarePagesDatabaseMigrator
{
    private readonly CarePagesPersistenceOptionsSource _options;

    /// <summary>Creates the migrator for the database <paramref name="options"/> point at.</summary>
    public CarePagesDatabaseMigrator(CarePagesPersistenceOptions options)
        : this(CarePagesPersistenceOptionsSource.Fixed(options))
    {
    }

    /// <summary>Creates the migrator for the database <paramref name="options"/> point at when it runs.</summary>
    public CarePagesDatabaseMigrator(CarePagesPersistenceOptionsSource options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Applies the pending migrations; a missing setting or an unreachable database is a result, not an exception.</summary>
    public async Task<CarePagesMigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var options = _options.Current();
        if (CarePagesDbContextOptions.FindProblem(options) is { } problem)
        {
            return problem;
        }

        await using var context = new CarePagesDbContext(CarePagesDbContextOptions.Create(options));
        try
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or ArgumentException or InvalidOperationException)
        {
            return CarePagesMigrationResult.Failed(
                CarePagesMigrationStatus.DatabaseUnreachable,
                $"CarePages cannot open its {options.Provider} database: {exception.Message} Check {options.ConnectionStringSetting}.");
        }

        try
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToArray();
            await context.Database.MigrateAsync(cancellationToken);
            return new CarePagesMigrationResult(CarePagesMigrationStatus.Success, pending, null);
        }
        catch (DbException exception)
        {
            return CarePagesMigrationResult.Failed(
                CarePagesMigrationStatus.MigrationFailed,
                $"CarePages could not create or update its tables in the database of {options.ConnectionStringSetting}: {exception.Message}");
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }
}
