using System.Globalization;

namespace CarePages.Core.Checks.Options;

/// <summary>Finds settings that name unknown rules or parameters, or give values a rule cannot read.</summary>
public static class CheckOptionsValidator
{
    /// <summary>Every problem in <paramref name="options"/> against <paramref name="rules"/>, one sentence each; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(CheckOptions options, CheckRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<string>();
        if (options.MaxFieldLength < 1) errors.Add("CarePages:Checks:MaxFieldLength must be at least 1.");
        if (options.MaxDocumentLength < 1) errors.Add("CarePages:Checks:MaxDocumentLength must be at least 1.");
        if (options.MaxNestingDepth < 8) errors.Add("CarePages:Checks:MaxNestingDepth must be at least 8.");
        if (options.FieldSectionHeadingLevel is < 1 or > 5) errors.Add("CarePages:Checks:FieldSectionHeadingLevel must be between 1 and 5.");
        if (options.MaxFindingsPerRule < 1) errors.Add("CarePages:Checks:MaxFindingsPerRule must be at least 1.");

        ValidateRules(options.Rules, "CarePages:Checks:Rules", rules, errors);
        foreach (var (type, perType) in options.DocumentTypes)
        {
            ValidateRules(perType, $"CarePages:Checks:DocumentTypes:{type}", rules, errors);
        }

        return errors;
    }

    private static void ValidateRules(Dictionary<string, CheckRuleSettings> settings, string path, CheckRuleSet rules, List<string> errors)
    {
        foreach (var (ruleId, ruleSettings) in settings)
        {
            var rule = rules.Find(ruleId);
            if (rule is null)
            {
                errors.Add($"{path}:{ruleId} names no known rule.");
                continue;
            }

            foreach (var (name, value) in ruleSettings.Parameters)
            {
                var parameter = rule.Descriptor.Parameters.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (parameter is null)
                {
                    errors.Add($"{path}:{ruleId}:Parameters:{name} is not a parameter of {ruleId}.");
                }
                else if (!HasSameType(parameter.DefaultValue, value))
                {
                    errors.Add($"{path}:{ruleId}:Parameters:{name} must be like its default '{parameter.DefaultValue}', not '{value}'.");
                }
            }
        }
    }

    private static bool HasSameType(string defaultValue, string value)
    {
        var numeric = double.TryParse(defaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return !numeric || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
