using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Format Style attributes (<c>fs:fs</c>, <c>fs:subFs</c>) go on the <c>&lt;sc&gt;</c> of a pair; an <c>&lt;ec&gt;</c> has them only when isolated.</summary>
internal sealed class EndCodeFormatStyleRule : IXliff2Rule
{
    private static readonly XNamespace Fs = XliffNamespaces.FormatStyle;

    /// <inheritdoc />
    public string Code => "fs-ec";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var end in document.All("ec").Where(e => Xliff2Document.Value(e, "isolated") != "yes"))
        {
            if ((end.Attribute(Fs + "fs") ?? end.Attribute(Fs + "subFs")) is { } attribute)
            {
                faults.Report(attribute, $"<ec startRef=\"{Xliff2Document.Value(end, "startRef")}\"> has fs:{attribute.Name.LocalName}; "
                    + "the format style of a pair goes on its <sc>, and only an isolated <ec> has its own.");
            }
        }
    }
}
