using System.CommandLine;

namespace CarePages.Cli.Commands;

/// <summary>The options the commands that work on the demo store share.</summary>
internal static class XliffStoreOptions
{
    /// <summary>The demo's SQLite file, relative to the working directory.</summary>
    public const string DefaultDatabase = "src/CarePages.Demo/App_Data/carepages-demo.db";

    /// <summary><c>--database</c>.</summary>
    public static Option<string> Database() => new("--database")
    {
        Description = $"The demo clinic's SQLite file (default {DefaultDatabase}, from the repository root).",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    /// <summary><c>--user</c>.</summary>
    public static Option<string> User() => new("--user")
    {
        Description = "Who is exporting or importing, for the audit trail (default: the signed-in user's name).",
        DefaultValueFactory = _ => Environment.UserName,
    };
}
