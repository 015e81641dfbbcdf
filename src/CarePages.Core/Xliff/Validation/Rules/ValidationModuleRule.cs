using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A Validation module rule (<c>&lt;val:rule&gt;</c>) says one thing (XLIFF 2.1 Validation Module, and 2.2
/// Part 2: the <c>rule</c> element's Constraints): exactly one of <c>isPresent</c>, <c>isNotPresent</c>, <c>startsWith</c> and <c>endsWith</c>, or, with
/// none of them, a custom rule in an attribute of another namespace; <c>occurs</c> only with <c>isPresent</c>;
/// <c>existsInSource</c> only with <c>isPresent</c>, <c>startsWith</c> or <c>endsWith</c>; and <c>disabled="yes"</c>
/// (which switches off a rule inherited from an enclosing element) not in the <c>&lt;file&gt;</c>'s own rules, which
/// inherit nothing.
/// </summary>
internal sealed class ValidationModuleRule : IXliff2Rule
{
    private static readonly XNamespace Val = XliffNamespaces.Oasis + "validation:2.0";

    private static readonly string[] Kinds = ["isPresent", "isNotPresent", "startsWith", "endsWith"];

    /// <inheritdoc />
    public string Code => "validation-module";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var rule in document.Descendants(Val + "rule"))
        {
            var kinds = Kinds.Where(k => rule.Attribute(k) is not null).ToList();
            var custom = rule.Attributes().Any(a => a.Name.Namespace != XNamespace.None && a.Name.Namespace != Val && a.Name.Namespace != XNamespace.Xmlns);
            if (kinds.Count > 1)
            {
                faults.Report(rule, $"<val:rule> has {string.Join(" and ", kinds)}; a rule uses exactly one of isPresent, isNotPresent, startsWith and endsWith.");
            }
            else if (kinds.Count == 0 && !custom)
            {
                faults.Report(rule, "<val:rule> has none of isPresent, isNotPresent, startsWith and endsWith, and no custom rule attribute from another namespace.");
            }

            if (rule.Attribute("occurs") is not null && rule.Attribute("isPresent") is null)
            {
                faults.Report(rule, "<val:rule> has occurs without isPresent; occurs counts the occurrences isPresent asks for.");
            }

            if (rule.Attribute("existsInSource") is not null && !kinds.Any(k => k is "isPresent" or "startsWith" or "endsWith"))
            {
                faults.Report(rule, "<val:rule> has existsInSource without isPresent, startsWith or endsWith.");
            }

            if (Xliff2Document.Value(rule, "disabled") == "yes" && rule.Parent?.Parent is { } owner && document.Is(owner, "file"))
            {
                faults.Report(rule, $"<val:rule> has disabled=\"yes\" in the rules of {Xliff2Document.Describe(owner)}; a file-level rule has nothing to inherit, so it cannot be disabled.");
            }
        }
    }
}
