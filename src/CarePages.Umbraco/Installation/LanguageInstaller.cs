using System.Globalization;
using CarePages.Umbraco.Configuration;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace CarePages.Umbraco.Installation;

/// <summary>Creates the languages listed in <c>CarePages:Install:Languages</c> that the site lacks; never changes existing ones.</summary>
public sealed class LanguageInstaller
{
    private const string ItemKind = "language";
    private readonly ILanguageService _languageService;

    /// <summary>Creates the installer.</summary>
    public LanguageInstaller(ILanguageService languageService) => _languageService = languageService;

    /// <summary>Creates each configured language that does not exist yet.</summary>
    public Task<IReadOnlyList<InstallStepResult>> InstallAsync(IEnumerable<LanguageInstallOptions> languages) =>
        InstallSteps.RunAsync(languages, InstallAsync);

    private async Task<InstallStepResult> InstallAsync(LanguageInstallOptions options)
    {
        if (await _languageService.GetAsync(options.IsoCode) is not null)
        {
            return new(ItemKind, options.IsoCode, InstallStepOutcome.Unchanged);
        }

        var cultureName = options.CultureName ?? EnglishName(options.IsoCode);
        if (cultureName is null)
        {
            return new(ItemKind, options.IsoCode, InstallStepOutcome.Failed, "InvalidIsoCode",
                $"'{options.IsoCode}' in CarePages:Install:Languages is not a culture .NET knows. Use a code such as en-GB, es-ES or ar.");
        }

        var language = new Language(options.IsoCode, cultureName)
        {
            IsDefault = options.IsDefault,
            IsMandatory = options.IsMandatory,
            FallbackIsoCode = options.FallbackIsoCode,
        };
        var attempt = await _languageService.CreateAsync(language, Constants.Security.SuperUserKey);
        return attempt.Status == LanguageOperationStatus.Success
            ? new(ItemKind, options.IsoCode, InstallStepOutcome.Created, attempt.Status.ToString())
            : new(ItemKind, options.IsoCode, InstallStepOutcome.Failed, attempt.Status.ToString(),
                $"Umbraco refused to create language '{options.IsoCode}': {attempt.Status}.");
    }

    private static string? EnglishName(string isoCode)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(isoCode, predefinedOnly: true);
            return culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
