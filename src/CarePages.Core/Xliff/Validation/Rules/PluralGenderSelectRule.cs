using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Plural, Gender and Select module (<c>pgs</c>, XLIFF 2.2 Part 2). A <c>pgs:switch</c> lists items "each item
/// containing a selector keyword, followed by colon (:), and followed by the variable name", the keywords being
/// <c>plural</c>, <c>ordinal</c>, <c>gender</c> and <c>select</c> ("No other selector keywords are allowed"); and "the
/// number of ... items (variables) in the switch attribute ... MUST match the number of ... values in the case
/// attribute", the switch being the nearest one on an enclosing element. The specification calls the switch list
/// comma-separated but its examples separate items with spaces, and calls the case tuple space-separated but its
/// constraint counts commas, so both separators are read.
/// </summary>
internal sealed class PluralGenderSelectRule : IXliff2Rule
{
    private static readonly XNamespace Pgs = XliffNamespaces.PluralGenderSelect;

    private static readonly string[] Keywords = ["plural", "ordinal", "gender", "select"];

    private static readonly char[] Separators = [',', ' ', '\t', '\r', '\n'];

    /// <inheritdoc />
    public string Code => "plural-gender-select";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var switchAttribute in document.Root.Attributes(Pgs + "switch").Concat(document.Attributes(Pgs + "switch")))
        {
            foreach (var item in Items(switchAttribute.Value))
            {
                var colon = item.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == item.Length - 1 || !Keywords.Contains(item[..colon], StringComparer.Ordinal))
                {
                    faults.Report(switchAttribute, $"{Xliff2Document.Describe(switchAttribute.Parent!)} has pgs:switch=\"{switchAttribute.Value}\", whose item \"{item}\" is not keyword:variable "
                        + "with the keyword plural, ordinal, gender or select.");
                }
            }
        }

        foreach (var caseAttribute in document.Attributes(Pgs + "case"))
        {
            var owner = caseAttribute.Parent!;
            var values = Items(caseAttribute.Value).Length;
            var switchAttribute = owner.Ancestors().Select(a => a.Attribute(Pgs + "switch")).FirstOrDefault(a => a is not null);
            var variables = switchAttribute is null ? 0 : Items(switchAttribute.Value).Length;
            if (values != variables)
            {
                faults.Report(caseAttribute, switchAttribute is null
                    ? $"{Xliff2Document.Describe(owner)} has pgs:case=\"{caseAttribute.Value}\", but no enclosing element has a pgs:switch for its values to match."
                    : $"{Xliff2Document.Describe(owner)} has pgs:case=\"{caseAttribute.Value}\" with {values} value(s), but the pgs:switch=\"{switchAttribute.Value}\" of "
                        + $"{Xliff2Document.Describe(switchAttribute.Parent!)} has {variables} variable(s); the numbers must match.");
            }
        }
    }

    private static string[] Items(string value) => value.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
