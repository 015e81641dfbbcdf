using CarePages.Cli.Input;
using CarePages.Core.Checks;

namespace CarePages.Cli.Checking;

/// <summary>What the engine found in one file.</summary>
/// <param name="File">The file.</param>
/// <param name="Report">The findings.</param>
internal sealed record FileReport(InputFile File, CheckReport Report);
