namespace CarePages.Umbraco.Installation;

/// <summary>Runs one install step per item, in order, collecting every result.</summary>
internal static class InstallSteps
{
    // Sequential on purpose: later items depend on earlier ones (compositions before the types using them).
    public static async Task<IReadOnlyList<InstallStepResult>> RunAsync<T>(IEnumerable<T> items, Func<T, Task<InstallStepResult>> install)
    {
        var results = new List<InstallStepResult>();
        foreach (var item in items)
        {
            results.Add(await install(item));
        }

        return results;
    }
}
