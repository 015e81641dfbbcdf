using System.Globalization;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Cli.Output;

/// <summary>
/// Writes an XLIFF validation report for people, labelled in the UI language: <c>file: XLIFF 2.1 valid</c>, or the verdict and
/// the first faults, one a line as <c>line:column [code] message</c>, then how many more there are.
/// </summary>
internal static class XliffValidationTextWriter
{
    /// <summary>How many faults are listed before the rest are only counted.</summary>
    public const int MaxListed = 10;

    /// <summary>Writes <paramref name="report"/> for <paramref name="file"/> to <paramref name="output"/>.</summary>
    public static void Write(string file, XliffValidationReport report, CliLabels labels, TextWriter output)
    {
        if (report.IsValid)
        {
            output.WriteLine(labels.Text("xliff.valid", ("file", file), ("version", report.VersionNumber ?? string.Empty)));
            return;
        }

        var count = report.Faults.Count;
        var verdict = report.VersionNumber is { } number ? labels.Text("xliff.invalid", ("version", number)) : labels.Text("xliff.notXliff");
        output.WriteLine(labels.Count("xliff.faults", count, ("file", file), ("verdict", verdict)));
        foreach (var fault in report.Faults.Take(MaxListed))
        {
            var at = fault.HasLocation ? string.Create(CultureInfo.InvariantCulture, $"{fault.Line}:{fault.Position}") : "-";
            output.WriteLine($"  {at} [{fault.Code}] {fault.Message}");
        }

        if (count > MaxListed)
        {
            output.WriteLine("  " + labels.Count("xliff.more", count - MaxListed));
        }
    }
}
