using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace CarePages.Core.Xliff;

/// <summary>
/// Reads a <c>&lt;target&gt;</c> against the unit's source codes: every <c>g</c>/<c>x</c> of the source once,
/// with the same id and kind, nothing else (<c>mrk</c> is unwrapped). Problems name the unit and the code.
/// </summary>
internal sealed class TargetContentReader
{
    private static readonly XNamespace Ns = Xliff12Names.Namespace;
    private readonly string unitId;
    private readonly TextRun? run;
    private readonly HashSet<int> seen = [];

    private TargetContentReader(string unitId, TextRun? run)
    {
        this.unitId = unitId;
        this.run = run;
    }

    /// <summary>The problems found; empty when the target is usable.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Reads the target of a block unit.</summary>
    public static (IReadOnlyList<TargetNode> Nodes, List<string> Problems) ReadBlock(XElement target, string unitId, TextRun run)
    {
        var reader = new TargetContentReader(unitId, run);
        var nodes = reader.Read(target);
        foreach (var code in run.Codes.Where(c => !reader.seen.Contains(c.Id)))
        {
            reader.Problems.Add($"Unit {unitId}: inline code {code.Describe()} is missing from the target.");
        }

        return (nodes, reader.Problems);
    }

    /// <summary>Reads the target of a plain-text unit, which may not hold codes.</summary>
    public static (string Text, List<string> Problems) ReadPlain(XElement target, string unitId)
    {
        var reader = new TargetContentReader(unitId, null);
        var text = new StringBuilder();
        foreach (var node in reader.Read(target))
        {
            text.Append(((TargetText)node).Text);
        }

        return (text.ToString(), reader.Problems);
    }

    private List<TargetNode> Read(XElement element)
    {
        var nodes = new List<TargetNode>();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    nodes.Add(new TargetText(text.Value));
                    break;
                case XElement { Name.LocalName: "mrk" } mark when mark.Name.Namespace == Ns:
                    nodes.AddRange(Read(mark));
                    break;
                case XElement code when code.Name.Namespace == Ns && code.Name.LocalName is "g" or "x":
                    if (ReadCode(code) is { } placed)
                    {
                        nodes.Add(placed);
                    }

                    break;
                case XElement other:
                    Problems.Add($"Unit {unitId}: the target holds <{other.Name.LocalName}>, which this export never uses; keep only the source's <g> and <x/> codes.");
                    break;
            }
        }

        return nodes;
    }

    private TargetCode? ReadCode(XElement element)
    {
        var name = element.Name.LocalName;
        var rawId = (string?)element.Attribute("id") ?? string.Empty;
        if (run is null)
        {
            Problems.Add($"Unit {unitId} is plain text: the target must not hold inline code <{name} id=\"{rawId}\">.");
            return null;
        }

        var code = int.TryParse(rawId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? run.Codes.Find(c => c.Id == id) : null;
        if (code is null)
        {
            Problems.Add($"Unit {unitId}: the target has inline code <{name} id=\"{rawId}\">, which is not in the source.");
            Read(element);
            return null;
        }

        if (code.XliffName != name)
        {
            seen.Add(id);
            Problems.Add($"Unit {unitId}: inline code id {rawId} is {code.Describe()} in the source but <{name}> in the target.");
            Read(element);
            return null;
        }

        if (!seen.Add(id))
        {
            Problems.Add($"Unit {unitId}: inline code {code.Describe()} appears more than once in the target.");
            return null;
        }

        return new TargetCode(code, code.IsPaired ? Read(element) : []);
    }
}
