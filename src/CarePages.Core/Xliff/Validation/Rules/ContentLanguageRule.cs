using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The <c>xml:lang</c> a source or target has, written on it or inherited from <c>&lt;xliff&gt;</c>, a file, group or unit,
/// is the document's <c>srcLang</c> or <c>trgLang</c> (or a sub-tag of it, as <c>en-IE</c> of <c>en</c>).
/// </summary>
internal sealed class ContentLanguageRule : IXliff2Rule
{
    private static readonly XName Lang = XNamespace.Xml + "lang";

    /// <inheritdoc />
    public string Code => "content-lang";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var srcLang = Xliff2Document.Value(document.Root, "srcLang");
        var trgLang = Xliff2Document.Value(document.Root, "trgLang");
        foreach (var unit in document.Units)
        {
            // What the unit inherits is looked up once for all its contents, not by walking up from each.
            var inherited = Declared(unit);
            foreach (var part in document.Parts(unit))
            {
                foreach (var content in part.Elements())
                {
                    Check(document, unit, content, content.Attribute(Lang) ?? part.Attribute(Lang) ?? inherited, srcLang, trgLang, faults);
                }
            }
        }
    }

    private static XAttribute? Declared(XElement unit)
    {
        for (XElement? element = unit; element is not null; element = element.Parent)
        {
            if (element.Attribute(Lang) is { } lang)
            {
                return lang;
            }
        }

        return null;
    }

    private static void Check(Xliff2Document document, XElement unit, XElement content, XAttribute? declared, string? srcLang, string? trgLang, Xliff2FaultCollector faults)
    {
        var isTarget = document.Is(content, "target");
        var expected = isTarget ? trgLang : srcLang;
        if (expected is null || declared is null || LanguageTag.IsWithin(declared.Value, expected))
        {
            return;
        }

        var from = declared.Parent == content ? string.Empty : $" (inherited from {Xliff2Document.Describe(declared.Parent!)})";
        faults.Report(content, $"<{content.Name.LocalName}> in unit \"{Xliff2Document.Value(unit, "id")}\" has xml:lang=\"{declared.Value}\"{from}, "
            + $"but the document's {(isTarget ? "trgLang" : "srcLang")} is \"{expected}\".");
    }
}
