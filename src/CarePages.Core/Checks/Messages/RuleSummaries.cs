namespace CarePages.Core.Checks.Messages;

/// <summary>
/// One plain sentence per rule and engine finding saying what it checks, for someone new to the rules (rule lists, SARIF
/// rule descriptions, documentation), in the UI languages. From the embedded <c>Checks/Summaries/rules.&lt;language&gt;.json</c>.
/// </summary>
public static class RuleSummaries
{
    /// <summary>The catalogue, keyed by rule id.</summary>
    public static TextCatalogue BuiltIn { get; } = TextCatalogue.Load(typeof(RuleSummaries).Assembly, "CarePages.Checks.Summaries.");

    /// <summary>What the rule <paramref name="ruleId"/> checks, in <paramref name="uiCulture"/>; empty for a rule without a summary.</summary>
    public static string Of(string ruleId, string uiCulture) => BuiltIn.Has(ruleId) ? BuiltIn.Get(ruleId, uiCulture) : string.Empty;
}
