using Microsoft.Data.Sqlite;

namespace CarePages.Demo.Storage;

/// <summary>
/// The demo clinic's SQLite file of documents (the demo, the command-line tool): published documents and their drafts as
/// <c>MultiCultureDocument</c> JSON. Connections are opened with the schema in place.
/// </summary>
public sealed class DocumentDatabase
{
    private const string CreateSchemaSql = """
        CREATE TABLE IF NOT EXISTS documents (
            key TEXT NOT NULL PRIMARY KEY,
            parent_key TEXT NULL,
            sort_order INTEGER NOT NULL,
            json TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS document_drafts (
            key TEXT NOT NULL PRIMARY KEY,
            json TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 0
        );
        """;

    // The change stamps (key, parent, order, revisions) without reading past each row's JSON, which SQLite stores before
    // the revision column: reading the stamps of 10,000 documents went through every JSON's overflow pages.
    private const string CreateStampIndexesSql = """
        CREATE INDEX IF NOT EXISTS ix_documents_stamp ON documents (sort_order, key, parent_key, revision);
        CREATE INDEX IF NOT EXISTS ix_document_drafts_stamp ON document_drafts (key, revision);
        """;

    // Files made before documents had revisions (the site audit's change stamps) get the column.
    private static readonly string[] RevisionedTables = ["documents", "document_drafts"];

    // CREATE TABLE IF NOT EXISTS is idempotent, so two first requests racing here is harmless.
    private volatile bool _schemaReady;

    /// <summary>Uses the SQLite file at <paramref name="path"/>.</summary>
    public DocumentDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = path;
    }

    /// <summary>The absolute path of the SQLite file.</summary>
    public string FilePath { get; }

    /// <summary>Opens a connection, creating the folder, the file and the tables the first time.</summary>
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

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = CreateSchemaSql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in RevisionedTables)
        {
            command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = 'revision';";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                command.CommandText = $"ALTER TABLE {table} ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        command.CommandText = CreateStampIndexesSql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        _schemaReady = true;
    }
}
