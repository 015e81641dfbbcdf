using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The <c>xml:lang</c> a source or target has, written on it or inherited from <c>&lt;xliff&gt;</c>, a file, group or unit,
/// is the document's <c>srcLang</c> or <c>trgLang</c> (or a sub-tag of it, as <c>en-IE</c> of <c>en</c>).
/// </summary>
internal sealed class ContentLanguageRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "content-lang";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        var srcLang = Xliff2Document.Value(document.Root, "srcLang");
        var trgLang = Xliff2Document.Value(document.Root, "trgLang");
        foreach (var unit in document.Units)
        {
            foreach (var content in document.Parts(unit).Elements())
            {
                var isTarget = document.Is(content, "target");
                var expected = isTarget ? trgLang : srcLang;
                var declared = content.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")).FirstOrDefault(a => a is not null);
                if (expected is null || declared is null || LanguageTag.IsWithin(declared.Value, expected))
                {
                    continue;
                }

                var from = declared.Parent == content ? string.Empty : $" (inherited from {Xliff2Document.Describe(declared.Parent!)})";
                faults.Report(content, $"<{content.Name.LocalName}> in unit \"{Xliff2Document.Value(unit, "id")}\" has xml:lang=\"{declared.Value}\"{from}, "
                    + $"but the document's {(isTarget ? "trgLang" : "srcLang")} is \"{expected}\".");
            }
        }
    }
}
