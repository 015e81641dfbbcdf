using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Xliff;

/// <summary>
/// Reads a unit's target against its source codes, in any XLIFF version's <see cref="InlineVocabulary"/>: every
/// paired and placeholder code of the source once, with the same id and kind, nothing else (<c>mrk</c> is unwrapped,
/// 2.x markers skipped, <c>cp</c> read as its character). Problems name the unit and the code.
/// </summary>
internal sealed class TargetContentReader
{
    private readonly string unitId;
    private readonly TextRun? run;
    private readonly InlineVocabulary vocabulary;
    private readonly HashSet<int> seen = [];

    private TargetContentReader(string unitId, TextRun? run, InlineVocabulary vocabulary)
    {
        this.unitId = unitId;
        this.run = run;
        this.vocabulary = vocabulary;
    }

    /// <summary>The problems found; empty when the target is usable.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Reads the target of a block unit.</summary>
    public static (IReadOnlyList<InlineNode> Nodes, List<string> Problems) ReadBlock(XElement target, string unitId, TextRun run, InlineVocabulary vocabulary)
    {
        var reader = new TargetContentReader(unitId, run, vocabulary);
        var nodes = reader.Read(target);
        foreach (var code in run.Codes.Where(c => !reader.seen.Contains(c.Id)))
        {
            reader.Problems.Add($"Unit {unitId}: inline code {vocabulary.Describe(code)} is missing from the target.");
        }

        return (nodes, reader.Problems);
    }

    /// <summary>Reads the target of a plain-text unit, which may not hold codes.</summary>
    public static (string Text, List<string> Problems) ReadPlain(XElement target, string unitId, InlineVocabulary vocabulary)
    {
        var reader = new TargetContentReader(unitId, null, vocabulary);
        var text = new StringBuilder();
        foreach (var node in reader.Read(target))
        {
            text.Append(((InlineText)node).Text);
        }

        return (text.ToString(), reader.Problems);
    }

    private List<InlineNode> Read(XElement element)
    {
        var nodes = new List<InlineNode>();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    nodes.Add(new InlineText(Checked(text.Value)));
                    break;
                case XElement inline when inline.Name.Namespace == vocabulary.Namespace:
                    ReadElement(inline, nodes);
                    break;
                case XElement other:
                    Problems.Add($"Unit {unitId}: the target holds <{other.Name.LocalName}>, which this export never uses; {vocabulary.KeepCodesHint}.");
                    break;
            }
        }

        return nodes;
    }

    private void ReadElement(XElement element, List<InlineNode> nodes)
    {
        var name = element.Name.LocalName;
        if (vocabulary.Unwrapped.Contains(name))
        {
            nodes.AddRange(Read(element));
        }
        else if (vocabulary.HasCodePoints && name == "cp")
        {
            nodes.Add(new InlineText(CodePoint(element)));
        }
        else if (name == vocabulary.Paired || name == vocabulary.Placeholder)
        {
            if (ReadCode(element) is { } placed)
            {
                nodes.Add(placed);
            }
        }
        else if (!vocabulary.Skipped.Contains(name))
        {
            Problems.Add($"Unit {unitId}: the target holds <{name}>, which this export never uses; {vocabulary.KeepCodesHint}.");
        }
    }

    private string CodePoint(XElement element)
    {
        var hex = (string?)element.Attribute("hex") ?? string.Empty;
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            Problems.Add($"Unit {unitId}: <cp hex=\"{hex}\"> is not a Unicode code point.");
            return string.Empty;
        }

        if (!PatientTextCharacters.IsAllowed(value))
        {
            Problems.Add($"Unit {unitId}: <cp hex=\"{hex}\"> stands for {PatientTextCharacters.Describe(value)}, a control character or noncharacter that patient text cannot hold; remove it.");
            return string.Empty;
        }

        return char.ConvertFromUtf32(value);
    }

    private string Checked(string text)
    {
        if (PatientTextCharacters.FirstRefused(text) is { } refused)
        {
            Problems.Add($"Unit {unitId}: the target holds {refused}, a control character or noncharacter that patient text cannot hold; remove it.");
        }

        return text;
    }

    private PlacedCode? ReadCode(XElement element)
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

        if (vocabulary.NameOf(code) != name)
        {
            seen.Add(id);
            Problems.Add($"Unit {unitId}: inline code id {rawId} is {vocabulary.Describe(code)} in the source but <{name}> in the target.");
            Read(element);
            return null;
        }

        if (!seen.Add(id))
        {
            Problems.Add($"Unit {unitId}: inline code {vocabulary.Describe(code)} appears more than once in the target.");
            return null;
        }

        return new PlacedCode(code, code.IsPaired ? Read(element) : []);
    }
}
