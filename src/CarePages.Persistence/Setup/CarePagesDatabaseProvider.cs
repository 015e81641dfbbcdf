namespace CarePages.Persistence.Setup;

/// <summary>The database engines the package's tables can live in.</summary>
public enum CarePagesDatabaseProvider
{
    /// <summary>SQLite (Microsoft.Data.Sqlite): the demo, tests and small sites.</summary>
    Sqlite,

    /// <summary>SQL Server or Azure SQL (Microsoft.Data.SqlClient): production sites.</summary>
    SqlServer,
}
