using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CarePages.Persistence.Setup;

/// <summary>
/// Pooled <see cref="CarePagesDbContext"/>s on the database the options point at <em>now</em>. A pooled factory fixes its
/// <see cref="DbContextOptions"/> once, so one is kept per provider and connection string and replaced when either
/// changes: a connection string written after start-up takes effect without a new container. Missing settings throw
/// an <see cref="InvalidOperationException"/> naming the setting to fix, at each attempt, never remembered.
/// </summary>
public sealed class CarePagesDbContextFactory : IDbContextFactory<CarePagesDbContext>
{
    private readonly CarePagesPersistenceOptionsSource _options;
    private readonly Lock _lock = new();
    private (CarePagesDatabaseProvider? Provider, string? ConnectionString) _pooledFor;
    private PooledDbContextFactory<CarePagesDbContext>? _pooled;

    /// <summary>Creates the factory over <paramref name="options"/>.</summary>
    public CarePagesDbContextFactory(CarePagesPersistenceOptionsSource options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The provider or connection string is missing (the message names the setting).</exception>
    public CarePagesDbContext CreateDbContext() => Pooled().CreateDbContext();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The provider or connection string is missing (the message names the setting).</exception>
    public Task<CarePagesDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        Pooled().CreateDbContextAsync(cancellationToken);

    private PooledDbContextFactory<CarePagesDbContext> Pooled()
    {
        var options = _options.Current();
        var key = (options.Provider, options.ConnectionString);
        lock (_lock)
        {
            if (_pooled is null || _pooledFor != key)
            {
                // Create throws, naming the setting, when the options are incomplete; nothing is cached then.
                _pooled = new PooledDbContextFactory<CarePagesDbContext>(CarePagesDbContextOptions.Create(options));
                _pooledFor = key;
            }

            return _pooled;
        }
    }
}
