using CarePages.Core.Checks;
using CarePages.Core.Checks.Options;

namespace CarePages.Core.Tests.Checks.Options;

public class CheckOptionsValidatorTests
{
    private static readonly CheckRuleSet Rules = CheckRuleSetBuilder.WithBuiltInRules().Build();

    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(CheckOptionsValidator.Validate(new CheckOptions(), Rules));

    [Fact]
    public void Validate_UnknownRuleAndParameter_NamesEachSetting()
    {
        var options = new CheckOptions
        {
            Rules =
            {
                ["no-such-rule"] = new CheckRuleSettings { Enabled = false },
                ["image-alt-missing"] = new CheckRuleSettings { Parameters = { ["maxLength"] = "10" } },
            },
            MaxNestingDepth = 2,
        };

        var errors = CheckOptionsValidator.Validate(options, Rules);

        Assert.Contains("CarePages:Checks:Rules:no-such-rule names no known rule.", errors);
        Assert.Contains("CarePages:Checks:Rules:image-alt-missing:Parameters:maxLength is not a parameter of image-alt-missing.", errors);
        Assert.Contains("CarePages:Checks:MaxNestingDepth must be at least 8.", errors);
    }

    [Fact]
    public void Resolve_DocumentTypeSettings_WinOverGlobalAndDefaults()
    {
        var rule = new CheckRuleDescriptor
        {
            Id = "sample",
            DefaultSeverity = FindingSeverity.Warn,
            Parameters = [new CheckParameter("maxWords", "25", "Longest sentence.")],
        };
        var options = new CheckOptions
        {
            Rules = { ["sample"] = new CheckRuleSettings { Severity = FindingSeverity.Block, Parameters = { ["maxWords"] = "20" } } },
            DocumentTypes = { ["condition"] = new(StringComparer.OrdinalIgnoreCase) { ["sample"] = new CheckRuleSettings { Parameters = { ["maxWords"] = "30" } } } },
        };
        var resolver = new CheckSettingsResolver(options);

        var global = resolver.Resolve(rule, "route");
        var typed = resolver.Resolve(rule, "condition");

        Assert.Equal((FindingSeverity.Block, 20), (global.Severity, global.Parameters.GetInt("maxWords")));
        Assert.Equal((FindingSeverity.Block, 30), (typed.Severity, typed.Parameters.GetInt("maxWords")));
        Assert.Equal(25, new CheckSettingsResolver(new CheckOptions()).Resolve(rule, null).Parameters.GetInt("maxWords"));
    }
}
