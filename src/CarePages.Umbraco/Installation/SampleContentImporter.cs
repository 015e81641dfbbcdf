using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Configuration;
using CarePages.Umbraco.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Services;

namespace CarePages.Umbraco.Installation;

/// <summary>
/// Imports sample documents (Management API request shape) as drafts through <c>IContentEditingService</c>,
/// parents first. Documents whose key already exists are left alone, so an editor's changes are never lost. The
/// translations a document arrives with are recorded as approved by <see cref="SampleClinicTeam"/> (the sample was
/// translated and reviewed before it was packaged), so its cultures are not held back as untranslated, unless
/// <see cref="CarePagesInstallOptions.ApproveSampleTranslations"/> is off.
/// </summary>
public sealed class SampleContentImporter
{
    /// <summary>The <c>IKeyValueService</c> key set once the sample content has been imported.</summary>
    public const string ImportedKey = "CarePages.SampleContentImported";

    private const string ItemKind = "document";
    private readonly IContentEditingService _contentEditingService;
    private readonly IKeyValueService _keyValueService;
    private readonly ExistingTranslationApprover _approver;
    private readonly IOptions<CarePagesOptions> _options;
    private readonly ILogger<SampleContentImporter> _logger;

    /// <summary>Creates the importer.</summary>
    public SampleContentImporter(IContentEditingService contentEditingService, IKeyValueService keyValueService, ExistingTranslationApprover approver, IOptions<CarePagesOptions> options, ILogger<SampleContentImporter> logger)
    {
        _contentEditingService = contentEditingService;
        _keyValueService = keyValueService;
        _approver = approver;
        _options = options;
        _logger = logger;
    }

    /// <summary>Imports <paramref name="documents"/> (parents before children) unless switched off or done before.</summary>
    public async Task<Attempt<InstallReport, SampleContentImportOperationStatus>> ImportAsync(IEnumerable<MultiCultureDocument> documents)
    {
        if (!_options.Value.Install.SampleContent)
        {
            return Attempt.SucceedWithStatus(SampleContentImportOperationStatus.Disabled, InstallReport.Empty);
        }

        if (_keyValueService.GetValue(ImportedKey) is not null)
        {
            return Attempt.SucceedWithStatus(SampleContentImportOperationStatus.AlreadyImported, InstallReport.Empty);
        }

        var report = new InstallReport(await InstallSteps.RunAsync(documents, ImportAsync));
        InstallReportLog.Write(_logger, report);
        if (!report.Succeeded)
        {
            return Attempt.FailWithStatus(SampleContentImportOperationStatus.DocumentsFailed, report);
        }

        _keyValueService.SetValue(ImportedKey, DateTime.UtcNow.ToString("O"));
        return Attempt.SucceedWithStatus(SampleContentImportOperationStatus.Success, report);
    }

    private async Task<InstallStepResult> ImportAsync(MultiCultureDocument document)
    {
        var name = document.Variants.Count > 0 ? document.Variants[0].Name : document.Id.ToString();
        if (await _contentEditingService.GetAsync(document.Id) is not null)
        {
            return new(ItemKind, name, InstallStepOutcome.Unchanged);
        }

        // Umbraco saves a document whose values break a mandatory or pattern rule and reports success with the errors:
        // the draft exists, so it counts as created, and the report says what the editor must fix before publishing.
        var attempt = await _contentEditingService.CreateAsync(ToCreateModel(document), Constants.Security.SuperUserKey);
        if (!attempt.Success)
        {
            return new(ItemKind, name, InstallStepOutcome.Failed, attempt.Status.ToString(),
                $"Umbraco refused to create sample document '{name}' ({document.Id}): {attempt.Status}.");
        }

        var issues = ContentValidationIssues.Of(attempt.Result.ValidationResult);
        var approvalFailure = _options.Value.Install.ApproveSampleTranslations && attempt.Result.Content is { } content
            ? await ApproveTranslationsAsync(content)
            : null;
        string[] messages =
        [
            .. issues.Length == 0 ? [] : new[] { $"Saved as a draft with values to fix before publishing: {string.Join("; ", issues.Select(i => $"{i.Property}{(i.Culture is null ? "" : $" ({i.Culture})")}: {i.Message}"))}." },
            .. approvalFailure is null ? [] : new[] { $"Its translations could not be recorded as approved ({approvalFailure}); they must be reviewed before publishing." },
        ];
        return messages.Length == 0
            ? new(ItemKind, name, InstallStepOutcome.Created, attempt.Status.ToString())
            : new(ItemKind, name, InstallStepOutcome.Created, attempt.Status.ToString(), string.Join(" ", messages));
    }

    // The document is saved by now: a translation store that fails must not undo that, only be reported.
    private async Task<string?> ApproveTranslationsAsync(IContent content)
    {
        try
        {
            var result = await _approver.ApproveSampleAsync(culture => ContentDocumentReader.Read(content, culture));
            return result.Succeeded ? null : result.Status.ToString();
        }
#pragma warning disable CA1031 // Reported in the install report and log, like every other install step's failure.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return exception.Message;
        }
    }

    /// <summary>The create model Umbraco's Management API would build from the same request.</summary>
    public static ContentCreateModel ToCreateModel(MultiCultureDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ContentCreateModel
        {
            Key = document.Id,
            ContentTypeKey = document.DocumentType.Id,
            ParentKey = document.Parent?.Id,
            TemplateKey = document.Template?.Id,
            Properties = EditingValues.Properties(document),
            Variants = EditingValues.Variants(document),
        };
    }
}
