using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary><c>dataRef</c>, <c>dataRefStart</c> and <c>dataRefEnd</c> name a <c>&lt;data&gt;</c> in the same unit's <c>&lt;originalData&gt;</c>.</summary>
internal sealed class DataReferencesRule : IXliff2Rule
{
    /// <summary>The attributes that name a <c>&lt;data&gt;</c>: <c>dataRef</c>, <c>dataRefStart</c>, <c>dataRefEnd</c>.</summary>
    public static readonly string[] Attributes = ["dataRef", "dataRefStart", "dataRefEnd"];

    /// <inheritdoc />
    public string Code => "data-refs";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var inline = document.Inline(unit);
            if (inline.Count == 0)
            {
                continue;
            }

            var data = new HashSet<string>(StringComparer.Ordinal);
            foreach (var each in unit.Elements(document.Ns + "originalData").Elements(document.Ns + "data"))
            {
                if (Xliff2Document.Value(each, "id") is { } id)
                {
                    data.Add(id);
                }
            }

            foreach (var element in inline)
            {
                foreach (var name in Attributes)
                {
                    if (Xliff2Document.Value(element, name) is { } reference && !data.Contains(reference))
                    {
                        faults.Report(element.Attribute(name)!, data.Count == 0
                            ? $"{Xliff2Document.Describe(element)} has {name}=\"{reference}\", but unit \"{Xliff2Document.Value(unit, "id")}\" has no <originalData>."
                            : $"{Xliff2Document.Describe(element)} has {name}=\"{reference}\", which names no <data> in unit \"{Xliff2Document.Value(unit, "id")}\".");
                    }
                }
            }
        }
    }
}
