using CarePages.Core.Translation.Machine;
using Microsoft.Extensions.Options;

namespace CarePages.Persistence.DependencyInjection;

/// <summary>Refuses <c>CarePages:MachineTranslation</c> settings the engines cannot use, naming every problem.</summary>
internal sealed class MachineTranslationOptionsValidator : IValidateOptions<MachineTranslationOptions>
{
    public ValidateOptionsResult Validate(string? name, MachineTranslationOptions options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
