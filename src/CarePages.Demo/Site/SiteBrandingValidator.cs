using CarePages.Core.Rendering;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Site;

/// <summary>Stops the demo at start-up with each problem in <c>CarePages:Site</c> named, as the package does in a site.</summary>
public sealed class SiteBrandingValidator : IValidateOptions<SiteBranding>
{
    /// <summary>The configuration section the clinic's name and logo are read from.</summary>
    public const string SectionName = "CarePages:Site";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SiteBranding options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems(SectionName).ToArray();
        return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
