using System.Globalization;

namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// What a generated site holds, as ordered <c>key=value</c> lines: written beside the SQLite file (its presence marks the
/// file complete), printed by <c>generate-site</c> and read by the load test (<c>probe-document</c>, <c>target-cultures</c>).
/// </summary>
public sealed class GeneratedSiteReport
{
    private readonly List<KeyValuePair<string, string>> _entries = [];

    /// <summary>The entries in the order they were added.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries => _entries;

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public string? this[string key] => _entries.LastOrDefault(e => e.Key == key).Value;

    /// <summary>Adds or replaces an entry.</summary>
    public GeneratedSiteReport Set(string key, object value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var index = _entries.FindIndex(e => e.Key == key);
        if (index >= 0)
        {
            _entries[index] = new(key, text);
        }
        else
        {
            _entries.Add(new(key, text));
        }

        return this;
    }

    /// <summary>Adds <paramref name="by"/> to the count under <paramref name="key"/> (a new count starts at 0).</summary>
    public void Count(string key, long by = 1) => Set(key, (this[key] is { } current ? long.Parse(current, CultureInfo.InvariantCulture) : 0) + by);

    /// <summary>The lines, <c>key=value</c>.</summary>
    public IEnumerable<string> Lines() => _entries.Select(e => $"{e.Key}={e.Value}");

    /// <summary>Writes the lines to <paramref name="path"/>.</summary>
    public Task WriteAsync(string path, CancellationToken cancellationToken) => File.WriteAllLinesAsync(path, Lines(), cancellationToken);

    /// <summary>Reads a report written by <see cref="WriteAsync"/>.</summary>
    public static async Task<GeneratedSiteReport> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var report = new GeneratedSiteReport();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            var split = line.IndexOf('=', StringComparison.Ordinal);
            if (split > 0)
            {
                report.Set(line[..split], line[(split + 1)..]);
            }
        }

        return report;
    }
}
