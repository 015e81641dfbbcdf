using CarePages.Cli.Input;
using CarePages.Cli.Output;

namespace CarePages.Cli.Commands;

/// <summary>The arguments of <c>carepages check</c>.</summary>
/// <param name="Path">The file or folder to check.</param>
/// <param name="Culture">The content culture.</param>
/// <param name="Kind">How to check the files; null infers it per file.</param>
/// <param name="Format">The output format.</param>
/// <param name="SourceCulture">For documents: the source culture passed to rules that compare a translation with its source.</param>
/// <param name="UiCulture">The language of messages and hints.</param>
/// <param name="SettingsPath">An appsettings.json whose <c>CarePages:Checks</c> section configures the rules.</param>
/// <param name="Today">Today's date as yyyy-MM-dd, for reproducible review-date checks.</param>
internal sealed record CheckArguments(
    string Path,
    string Culture,
    InputKind? Kind,
    ReportFormat Format,
    string? SourceCulture,
    string UiCulture,
    string? SettingsPath,
    string? Today);
