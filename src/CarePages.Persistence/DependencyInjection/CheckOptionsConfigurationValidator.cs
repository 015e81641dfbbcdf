using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;
using Microsoft.Extensions.Options;

namespace CarePages.Persistence.DependencyInjection;

/// <summary>Refuses <c>CarePages:Checks</c> settings the registered rules cannot honour, naming every problem.</summary>
internal sealed class CheckOptionsConfigurationValidator(CheckRuleSetBuilder rules) : IValidateOptions<CheckOptions>
{
    public ValidateOptionsResult Validate(string? name, CheckOptions options)
    {
        var errors = CheckOptionsValidator.Validate(options, rules.Build());
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
