using CarePages.Core.Checks;
using CarePages.Core.Checks.Engine;
using CarePages.Core.Checks.Options;
using CarePages.Core.Threading;
using Microsoft.Extensions.Options;

namespace CarePages.Umbraco.Configuration;

/// <summary>Fails start-up with every problem in the <c>CarePages</c> section named, rather than misbehaving later.</summary>
internal sealed class CarePagesOptionsValidator : IValidateOptions<CarePagesOptions>
{
    private readonly CheckRuleSetBuilder _rules;

    public CarePagesOptionsValidator(CheckRuleSetBuilder rules) => _rules = rules;

    public ValidateOptionsResult Validate(string? name, CarePagesOptions options)
    {
        var errors = CheckOptionsValidator.Validate(options.Checks, _rules.Build()).ToList();
        if (options.PublishGate.MaxMessages is < 1 or > 100)
        {
            errors.Add("CarePages:PublishGate:MaxMessages must be between 1 and 100.");
        }

        if (options.Install.ServerRoleWait < TimeSpan.Zero || options.Install.ServerRoleWait > CarePagesInstallOptions.MaxServerRoleWait)
        {
            errors.Add($"CarePages:Install:ServerRoleWait must be between 00:00:00 and {CarePagesInstallOptions.MaxServerRoleWait:c}.");
        }

        if (options.SourceCulture is { } source && CultureSupport.Classify(source) == CultureStatus.Invalid)
        {
            errors.Add($"CarePages:SourceCulture '{source}' is not a culture such as en-GB.");
        }

        if (options.MaxImportFileBytes < 1 || options.MaxImportFieldLength < 1)
        {
            errors.Add("CarePages:MaxImportFileBytes and CarePages:MaxImportFieldLength must be at least 1.");
        }

        if (!ParallelismSetting.IsValid(options.ImportParallelism))
        {
            errors.Add($"CarePages:ImportParallelism must be between 1 and {ParallelismSetting.Max} (it is {options.ImportParallelism}).");
        }

        if (options.CopiedSourceMinLetters < 0)
        {
            errors.Add("CarePages:CopiedSourceMinLetters must be 0 or more (0 refuses every translation identical to its source).");
        }

        if (options.MaxMemorySuggestions < 0)
        {
            errors.Add("CarePages:MaxMemorySuggestions must be 0 or more (0 offers no memory matches in exported files).");
        }

        errors.AddRange(options.Site.Problems($"{CarePagesOptions.SectionName}:Site"));
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
