using CarePages.Core.Schema;
using CarePages.Umbraco.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Installs the CarePages schema: configured languages, data types, templates, then compositions,
/// element types and document types. Skips everything when the stored version marker matches
/// <see cref="UmbracoSchema.Version"/>; stores the marker only when every step succeeded.
/// </summary>
public sealed class SchemaInstaller
{
    /// <summary>The <c>IKeyValueService</c> key holding the installed schema version.</summary>
    public const string VersionKey = "CarePages.SchemaVersion";

    private readonly IKeyValueService _keyValueService;
    private readonly LanguageInstaller _languages;
    private readonly DataTypeInstaller _dataTypes;
    private readonly TemplateInstaller _templates;
    private readonly ContentTypeInstaller _contentTypes;
    private readonly IOptions<CarePagesOptions> _options;
    private readonly ILogger<SchemaInstaller> _logger;

    /// <summary>Creates the installer.</summary>
    public SchemaInstaller(
        IKeyValueService keyValueService,
        LanguageInstaller languages,
        DataTypeInstaller dataTypes,
        TemplateInstaller templates,
        ContentTypeInstaller contentTypes,
        IOptions<CarePagesOptions> options,
        ILogger<SchemaInstaller> logger)
    {
        _keyValueService = keyValueService;
        _languages = languages;
        _dataTypes = dataTypes;
        _templates = templates;
        _contentTypes = contentTypes;
        _options = options;
        _logger = logger;
    }

    /// <summary>Runs the installer once.</summary>
    public async Task<Attempt<InstallReport, CarePagesInstallOperationStatus>> InstallAsync()
    {
        var install = _options.Value.Install;
        if (!install.Enabled)
        {
            return Attempt.SucceedWithStatus(CarePagesInstallOperationStatus.Disabled, InstallReport.Empty);
        }

        // Languages are configuration, not schema: they are checked on every start so a newly
        // configured language is created even when the schema itself has not changed.
        var steps = new List<InstallStepResult>(await _languages.InstallAsync(install.Languages));
        if (_keyValueService.GetValue(VersionKey) == UmbracoSchema.Version)
        {
            return Finish(steps, CarePagesInstallOperationStatus.AlreadyUpToDate);
        }

        steps.AddRange(await _dataTypes.InstallAsync(UmbracoSchema.DataTypes));
        steps.AddRange(await _templates.InstallAsync(CarePagesSchema.ContentTypes.Select(t => t.Template).OfType<TemplateDefinition>()));
        steps.AddRange(await _contentTypes.InstallAsync(CarePagesSchema.ContentTypes));
        return Finish(steps, CarePagesInstallOperationStatus.Success);
    }

    private Attempt<InstallReport, CarePagesInstallOperationStatus> Finish(List<InstallStepResult> steps, CarePagesInstallOperationStatus statusIfClean)
    {
        var report = new InstallReport(steps);
        InstallReportLog.Write(_logger, report);
        if (!report.Succeeded)
        {
            return Attempt.FailWithStatus(CarePagesInstallOperationStatus.StepsFailed, report);
        }

        if (statusIfClean == CarePagesInstallOperationStatus.Success)
        {
            _keyValueService.SetValue(VersionKey, UmbracoSchema.Version);
        }

        return Attempt.SucceedWithStatus(statusIfClean, report);
    }
}
