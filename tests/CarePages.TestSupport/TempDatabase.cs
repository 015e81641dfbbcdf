using Microsoft.Data.Sqlite;

namespace CarePages.TestSupport;

/// <summary>Throw-away SQLite files in the temp folder.</summary>
public static class TempDatabase
{
    /// <summary>A new file name in the temp folder; the file does not exist yet.</summary>
    public static string NewPath() => Path.Combine(Path.GetTempPath(), "carepages-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>Closes pooled connections and deletes the file with its write-ahead log and shared memory.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
