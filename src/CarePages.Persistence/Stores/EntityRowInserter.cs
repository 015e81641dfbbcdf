using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarePages.Persistence.Stores;

/// <summary>
/// Inserts new rows of one entity type with multi-row <c>INSERT … VALUES</c> commands inside the context's transaction,
/// without tracking them: for the thousands of rows a site audit batch writes, the change tracker and the update pipeline
/// took most of the save's time. Tables, columns and value conversions come from the context's model, so each provider
/// writes what <c>SaveChanges</c> would.
/// </summary>
internal sealed class EntityRowInserter<TEntity>
    where TEntity : class
{
    // A command holds as many rows as stay below this many parameters: SQL Server allows 2,100, and SQLite finds each
    // parameter by its name among all the command's names, so commands of thousands took longer than many small ones.
    private const int ParametersPerCommand = 100;

    private readonly DbContext _context;
    private readonly IProperty[] _columns;
    private readonly string _insertInto;

    public EntityRowInserter(DbContext context)
    {
        _context = context;
        var entityType = context.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = context.GetService<ISqlGenerationHelper>();
        _columns = entityType.GetProperties().ToArray();
        _insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
    }

    /// <summary>Inserts <paramref name="entities"/>; the context must be in a transaction.</summary>
    public async Task InsertAsync(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken)
    {
        var connection = _context.Database.GetDbConnection();
        var transaction = _context.Database.CurrentTransaction?.GetDbTransaction() ?? throw new InvalidOperationException("Rows are inserted inside a transaction.");
        foreach (var rows in entities.Chunk(Math.Max(1, ParametersPerCommand / _columns.Length)))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Values(command, rows);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private string Values(DbCommand command, TEntity[] rows)
    {
        var text = new StringBuilder(_insertInto);
        for (var row = 0; row < rows.Length; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns.Length; column++)
            {
                var property = _columns[column];
                var name = $"@p{(row * _columns.Length) + column}";
                command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, property.GetGetter().GetClrValue(rows[row]), property.IsNullable));
                text.Append(column == 0 ? string.Empty : ", ").Append(name);
            }

            text.Append(')');
        }

        return text.Append(';').ToString();
    }
}
