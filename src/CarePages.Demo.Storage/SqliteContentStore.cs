using System.Data;
using System.Globalization;
using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Workflow;
using Microsoft.Data.Sqlite;

namespace CarePages.Demo.Storage;

/// <summary>
/// Keeps the demo clinic's documents in SQLite: the published version in <c>documents</c>, one row per document holding
/// its <see cref="MultiCultureDocument"/> JSON and its sort order, and the latest unpublished save in <c>document_drafts</c>.
/// A document without a draft has its published version as its draft.
/// </summary>
public sealed class SqliteContentStore : IContentStore, IDraftContentStore, ISiteContentSource
{
    private const string SelectDraftSql = "SELECT key, json FROM document_drafts WHERE key = $key;";
    private const string SelectDraftJsonSql = """
        SELECT COALESCE((SELECT json FROM document_drafts WHERE key = $key), (SELECT json FROM documents WHERE key = $key));
        """;

    private const string UpsertDraftSql = """
        INSERT INTO document_drafts (key, json, saved_by, saved_at) VALUES ($key, $json, $by, $at)
        ON CONFLICT(key) DO UPDATE SET json = excluded.json, saved_by = excluded.saved_by, saved_at = excluded.saved_at, revision = document_drafts.revision + 1;
        """;

    private const string SelectStampsSql = """
        SELECT d.key, d.parent_key, d.revision, (SELECT r.revision FROM document_drafts r WHERE r.key = d.key)
        FROM documents d ORDER BY d.sort_order, d.key;
        """;

    private const string SelectVersionsSql = """
        SELECT d.json, (SELECT r.json FROM document_drafts r WHERE r.key = d.key) FROM documents d WHERE d.key = $key;
        """;

    private const string SelectAllSql = "SELECT key, json FROM documents ORDER BY sort_order, key;";
    private const string SelectOneSql = "SELECT key, json FROM documents WHERE key = $key;";
    private const string UpsertSql = """
        INSERT INTO documents (key, parent_key, sort_order, json)
        VALUES ($key, $parent, (SELECT COALESCE(MAX(sort_order), -1) + 1 FROM documents), $json)
        ON CONFLICT(key) DO UPDATE SET parent_key = excluded.parent_key, json = excluded.json, revision = documents.revision + 1;
        """;

    private readonly DocumentDatabase _database;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public SqliteContentStore(DocumentDatabase database) => _database = database;

    /// <inheritdoc />
    public async Task<IReadOnlyList<MultiCultureDocument>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var documents = await QueryAsync(SelectAllSql, null, cancellationToken).ConfigureAwait(false);
        return DocumentOrder.ParentsFirst(documents);
    }

    /// <inheritdoc />
    public async Task<MultiCultureDocument?> GetAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var documents = await QueryAsync(SelectOneSql, KeyText(key), cancellationToken).ConfigureAwait(false);
        return documents.Count > 0 ? documents[0] : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(MultiCultureDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = UpsertSql;
            command.Parameters.AddWithValue("$key", KeyText(document.Id));
            command.Parameters.AddWithValue("$parent", document.Parent is null ? DBNull.Value : KeyText(document.Parent.Id));
            command.Parameters.AddWithValue("$json", MultiCultureDocumentJson.Write(document));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<MultiCultureDocument?> GetDraftAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return ParseDraft(await ReadDraftJsonAsync(connection, KeyText(key), cancellationToken).ConfigureAwait(false), KeyText(key));
        }
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM documents;";
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        (await GetStampsAsync(cancellationToken).ConfigureAwait(false)).Select(s => s.Key).ToArray();

    /// <inheritdoc />
    /// <remarks>
    /// The version check and the write are one SQLite write transaction (<c>BEGIN IMMEDIATE</c>), so saves from other
    /// requests or processes on the same file wait for it and then see its result.
    /// </remarks>
    public async Task<DraftSaveResult> SaveDraftAsync(MultiCultureDocument document, string culture, UserReference savedBy, string expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(savedBy);
        ArgumentException.ThrowIfNullOrWhiteSpace(expectedVersion);
        var key = KeyText(document.Id);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            var stored = await ReadDraftJsonAsync(connection, key, cancellationToken).ConfigureAwait(false);
            if (ParseDraft(stored, key) is not { } current)
            {
                return DraftSaveResult.NotFound;
            }

            if (DraftVersion.Of(current) != expectedVersion)
            {
                return DraftSaveResult.Conflict;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = UpsertDraftSql;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$json", MultiCultureDocumentJson.Write(document));
            command.Parameters.AddWithValue("$by", savedBy.UserKey);
            command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return DraftSaveResult.Saved(DraftVersion.Of(document));
    }

    /// <inheritdoc />
    /// <remarks>The stamp is the published row's revision and the draft's, which every save raises: no JSON is read.</remarks>
    public async Task<IReadOnlyList<SiteDocumentStamp>> GetStampsAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<(Guid Key, Guid? Parent, string Stamp)>();
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SelectStampsSql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var draft = reader.IsDBNull(3) ? "-" : reader.GetInt64(3).ToString(CultureInfo.InvariantCulture);
                rows.Add((Guid.Parse(reader.GetString(0)), reader.IsDBNull(1) ? null : Guid.Parse(reader.GetString(1)), $"{reader.GetInt64(2).ToString(CultureInfo.InvariantCulture)}.{draft}"));
            }
        }

        return DocumentOrder.ParentsFirst(rows, r => r.Key, r => r.Parent).Select(r => new SiteDocumentStamp(r.Key, r.Stamp)).ToArray();
    }

    /// <inheritdoc />
    /// <remarks>The demo publishes every culture of a document together: the published row is the published version.</remarks>
    public async Task<SiteDocumentVersions?> GetVersionsAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SelectVersionsSql;
            command.Parameters.AddWithValue("$key", KeyText(key));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var published = MultiCultureDocumentJson.Parse(reader.GetString(0), $"{_database.FilePath} documents[{KeyText(key)}]");
            var draft = reader.IsDBNull(1) ? published : ParseDraft(reader.GetString(1), KeyText(key))!;
            return new SiteDocumentVersions(draft, published);
        }
    }

    /// <summary>Makes the draft of <paramref name="key"/> the published version and removes the draft; false when it has no draft.</summary>
    public async Task<bool> PublishDraftAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var drafts = await QueryAsync(SelectDraftSql, KeyText(key), cancellationToken).ConfigureAwait(false);
        if (drafts.Count == 0)
        {
            return false;
        }

        await SaveAsync(drafts[0], cancellationToken).ConfigureAwait(false);
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM document_drafts WHERE key = $key;";
            command.Parameters.AddWithValue("$key", KeyText(key));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    // The draft's JSON, else the published version's (a document without a draft has it as its draft), else null.
    private static async Task<string?> ReadDraftJsonAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SelectDraftJsonSql;
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private MultiCultureDocument? ParseDraft(string? json, string key) =>
        json is null ? null : MultiCultureDocumentJson.Parse(json, $"{_database.FilePath} draft of document {key}");

    private async Task<List<MultiCultureDocument>> QueryAsync(string sql, string? key, CancellationToken cancellationToken)
    {
        var documents = new List<MultiCultureDocument>();
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
                documents.Add(MultiCultureDocumentJson.Parse(reader.GetString(1), $"{_database.FilePath} documents[{reader.GetString(0)}]"));
            }
        }

        return documents;
    }

    private static string KeyText(Guid key) => key.ToString("D", CultureInfo.InvariantCulture);
}
