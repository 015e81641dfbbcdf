using System.Text.Json;

namespace CarePages.Core.Checks.Act;

/// <summary>The W3C ACT test cases from a <c>testcases.json</c> and the case files beside it.</summary>
public sealed class ActTestSuite
{
    /// <summary>The file that lists the cases.</summary>
    public const string IndexFileName = "testcases.json";

    private ActTestSuite(IReadOnlyList<ActTestCase> cases) => Cases = cases;

    /// <summary>Every case, in file order.</summary>
    public IReadOnlyList<ActTestCase> Cases { get; }

    /// <summary>
    /// Loads the suite from <paramref name="folder"/>, which holds <c>testcases.json</c> itself or somewhere below it
    /// (e.g. the <c>act-rules</c> folder of the shared standards).
    /// </summary>
    /// <exception cref="FileNotFoundException">No <c>testcases.json</c> under the folder.</exception>
    /// <exception cref="InvalidDataException">The index is not a W3C ACT test-case list.</exception>
    public static ActTestSuite Load(string folder)
    {
        var index = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, IndexFileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (index is null)
        {
            throw new FileNotFoundException($"No {IndexFileName} under '{folder}'.");
        }

        var root = Path.GetDirectoryName(index)!;
        try
        {
            using var stream = File.OpenRead(index);
            using var json = JsonDocument.Parse(stream);
            var cases = json.RootElement.GetProperty("testcases").EnumerateArray().Select(c => Read(c, root)).ToList();
            return new ActTestSuite(cases);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"'{index}' is not a W3C ACT test-case list: {exception.Message}", exception);
        }
    }

    private static ActTestCase Read(JsonElement element, string root) => new(
        element.GetProperty("ruleId").GetString()!,
        element.GetProperty("ruleName").GetString()!,
        element.GetProperty("testcaseId").GetString()!,
        element.GetProperty("testcaseTitle").GetString()!,
        Enum.Parse<ActExpectation>(element.GetProperty("expected").GetString()!, ignoreCase: true),
        element.GetProperty("url").GetString()!,
        Path.Combine(root, element.GetProperty("relativePath").GetString()!.Replace('/', Path.DirectorySeparatorChar)));
}
