using CarePages.Core.Checks;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;

namespace CarePages.Umbraco.DependencyInjection;

/// <summary>Lets a site add, replace or remove check rules from its own composer, after <c>AddCarePages()</c>.</summary>
public static class CarePagesCheckRulesBuilderExtensions
{
    /// <summary>
    /// The rule set the publish gate runs, starting with every built-in rule. For example
    /// <c>builder.CarePagesCheckRules().Add(new MyRule()).Remove("text-all-caps")</c>.
    /// </summary>
    public static CheckRuleSetBuilder CarePagesCheckRules(this IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddCarePages();
        return (CheckRuleSetBuilder)builder.Services.Single(d => d.ServiceType == typeof(CheckRuleSetBuilder)).ImplementationInstance!;
    }
}
