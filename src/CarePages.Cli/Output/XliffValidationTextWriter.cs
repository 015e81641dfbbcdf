using System.Globalization;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes an XLIFF validation report for people: <c>file: XLIFF 2.1 valid</c>, or the verdict and the first faults, one a
/// line as <c>line:column [code] message</c>, then how many more there are.
/// </summary>
internal static class XliffValidationTextWriter
{
    /// <summary>How many faults are listed before the rest are only counted.</summary>
    public const int MaxListed = 10;

    /// <summary>Writes <paramref name="report"/> for <paramref name="file"/> to <paramref name="output"/>.</summary>
    public static void Write(string file, XliffValidationReport report, TextWriter output)
    {
        if (report.IsValid)
        {
            output.WriteLine($"{file}: XLIFF {report.VersionNumber} valid");
            return;
        }

        var count = report.Faults.Count;
        var verdict = report.VersionNumber is { } number ? $"XLIFF {number} invalid" : "not XLIFF 1.2, 2.0, 2.1 or 2.2";
        output.WriteLine($"{file}: {verdict}, {count} {(count == 1 ? "fault" : "faults")}");
        foreach (var fault in report.Faults.Take(MaxListed))
        {
            var at = fault.HasLocation ? string.Create(CultureInfo.InvariantCulture, $"{fault.Line}:{fault.Position}") : "-";
            output.WriteLine($"  {at} [{fault.Code}] {fault.Message}");
        }

        if (count > MaxListed)
        {
            output.WriteLine($"  … and {count - MaxListed} more");
        }
    }
}
