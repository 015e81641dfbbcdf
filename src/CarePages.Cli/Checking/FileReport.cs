using CarePages.Cli.Input;
using CarePages.Core.Checks;

namespace CarePages.Cli.Checking;

/// <summary>What the engine found in one file.</summary>
/// <param name="File">The file.</param>
/// <param name="Report">The findings (none for a skipped document).</param>
/// <param name="Skipped">Why the file was not checked; null when it was.</param>
internal sealed record FileReport(InputFile File, CheckReport Report, DocumentSkip? Skipped = null);
