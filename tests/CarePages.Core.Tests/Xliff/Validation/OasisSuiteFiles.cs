using CarePages.Core.Tests.Checks.TestSupport;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Validation;

/// <summary>The OASIS XLIFF 2.1 and 2.2 conformance files in the shared standards folder, named "xliff-21/valid/sample1.xlf".</summary>
internal static class OasisSuiteFiles
{
    private static readonly string[] Suites = ["xliff-21", "xliff-22"];

    /// <summary>Every file in the suites' <c>valid</c> folders, and the XLIFF inputs of the in-out folders.</summary>
    public static TheoryData<string> Valid()
    {
        var data = new TheoryData<string>();
        foreach (var name in Collect("valid", "*.xlf").Concat(Collect("in-out", "*_in.xlf")))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Every file in the suites' <c>invalid</c> folders.</summary>
    public static TheoryData<string> Invalid()
    {
        var data = new TheoryData<string>();
        foreach (var name in Collect("invalid", "*.xlf"))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The full path of <paramref name="name"/>, e.g. "xliff-21/invalid/bad_NoTrgLang.xlf".</summary>
    public static string PathOf(string name)
    {
        var parts = name.Split('/');
        return Path.Combine(SharedStandards.Xliff, parts[0], "test-suite", "core", parts[1], parts[2]);
    }

    /// <summary>
    /// Validates <paramref name="name"/> as the CLI does with no options: no extension prefixes beyond the built-in
    /// registered ones (the folders' <c>extra-prefixes.properties</c> is deliberately not read, so nothing is exempted).
    /// </summary>
    public static XliffValidationReport Validate(string name) => new XliffValidator().ValidateFile(PathOf(name));

    /// <summary>How many files a folder of both suites holds, to show the theories cannot pass on an empty folder.</summary>
    public static int Count(string folder, string pattern) => Collect(folder, pattern).Count();

    private static IEnumerable<string> Collect(string folder, string pattern) =>
        from suite in Suites
        let directory = Path.Combine(SharedStandards.Xliff, suite, "test-suite", "core", folder)
        where Directory.Exists(directory)
        from path in Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal)
        select $"{suite}/{folder}/{Path.GetFileName(path)}";
}
