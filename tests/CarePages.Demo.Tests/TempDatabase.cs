namespace CarePages.Demo.Tests;

/// <summary>Paths for throw-away SQLite files.</summary>
internal static class TempDatabase
{
    public static string NewPath() => Path.Combine(Path.GetTempPath(), "carepages-demo-tests", $"{Guid.NewGuid():N}.db");

    public static void Delete(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
