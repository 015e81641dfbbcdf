using System.Globalization;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using Microsoft.Data.Sqlite;

namespace CarePages.Demo.Storage;

/// <summary>
/// Keeps documents in one SQLite table, one row per document holding its request JSON
/// (as Umbraco's Management API takes it) and its sort order.
/// </summary>
public sealed class SqliteContentStore : IContentStore
{
    private const string SelectAllSql = "SELECT key, json FROM documents ORDER BY sort_order, key;";
    private const string SelectOneSql = "SELECT key, json FROM documents WHERE key = $key;";
    private const string UpsertSql = """
        INSERT INTO documents (key, parent_key, sort_order, json)
        VALUES ($key, $parent, (SELECT COALESCE(MAX(sort_order), -1) + 1 FROM documents), $json)
        ON CONFLICT(key) DO UPDATE SET parent_key = excluded.parent_key, json = excluded.json;
        """;

    private readonly DemoDatabase _database;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public SqliteContentStore(DemoDatabase database) => _database = database;

    /// <inheritdoc />
    public async Task<IReadOnlyList<DocumentRequest>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var documents = await QueryAsync(SelectAllSql, null, cancellationToken).ConfigureAwait(false);
        return DocumentOrder.ParentsFirst(documents);
    }

    /// <inheritdoc />
    public async Task<DocumentRequest?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var documents = await QueryAsync(SelectOneSql, KeyText(key), cancellationToken).ConfigureAwait(false);
        return documents.Count > 0 ? documents[0] : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(DocumentRequest document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = UpsertSql;
            command.Parameters.AddWithValue("$key", KeyText(document.Id));
            command.Parameters.AddWithValue("$parent", document.Parent is null ? DBNull.Value : KeyText(document.Parent.Id));
            command.Parameters.AddWithValue("$json", DocumentRequestJson.Write(document));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<DocumentRequest>> QueryAsync(string sql, string? key, CancellationToken cancellationToken)
    {
        var documents = new List<DocumentRequest>();
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            if (key is not null)
            {
                command.Parameters.AddWithValue("$key", key);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                documents.Add(DocumentRequestJson.Parse(reader.GetString(1), $"{_database.FilePath} documents[{reader.GetString(0)}]"));
            }
        }

        return documents;
    }

    private static string KeyText(Guid key) => key.ToString("D", CultureInfo.InvariantCulture);
}
