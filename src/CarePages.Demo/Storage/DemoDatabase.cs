using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Storage;

/// <summary>The demo's SQLite file: where it is, and connections to it with the schema in place.</summary>
public sealed class DemoDatabase
{
    private const string CreateSchemaSql = """
        CREATE TABLE IF NOT EXISTS documents (
            key TEXT NOT NULL PRIMARY KEY,
            parent_key TEXT NULL,
            sort_order INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        """;

    // CREATE TABLE IF NOT EXISTS is idempotent, so two first requests racing here is harmless.
    private volatile bool _schemaReady;

    /// <summary>Resolves the file from the options, relative to the content root unless absolute.</summary>
    public DemoDatabase(IOptions<DemoOptions> options, IHostEnvironment environment)
        : this(ResolvePath(options, environment))
    {
    }

    /// <summary>Uses the SQLite file at <paramref name="path"/>.</summary>
    public DemoDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = path;
    }

    /// <summary>The absolute path of the SQLite file.</summary>
    public string FilePath { get; }

    /// <summary>Opens a connection, creating the folder, the file and the table the first time.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Mode = SqliteOpenMode.ReadWriteCreate }.ToString());
        try
        {
            if (!_schemaReady)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            }

            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static string ResolvePath(IOptions<DemoOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return Path.GetFullPath(options.Value.DatabasePath, environment.ContentRootPath);
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = CreateSchemaSql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _schemaReady = true;
    }
}
