using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CarePages.Core.Translation.Units;
using CarePages.Core.Translation.Messages;

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
    public List<ExchangeNote> Problems { get; } = [];

    /// <summary>Reads the target of a block unit.</summary>
    public static (IReadOnlyList<InlineNode> Nodes, List<ExchangeNote> Problems) ReadBlock(XElement target, string unitId, TextRun run, InlineVocabulary vocabulary)
    {
        var reader = new TargetContentReader(unitId, run, vocabulary);
        var nodes = reader.Read(target);
        foreach (var code in run.Codes.Where(c => !reader.seen.Contains(c.Id)))
        {
            reader.Problems.Add(ExchangeNote.Keyed(XliffMessages.CodeMissing, ("unit", unitId), ("code", vocabulary.Describe(code))));
        }

        return (nodes, reader.Problems);
    }

    /// <summary>Reads the target of a plain-text unit, which may not hold codes.</summary>
    public static (string Text, List<ExchangeNote> Problems) ReadPlain(XElement target, string unitId, InlineVocabulary vocabulary)
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
                    Problems.Add(ForeignElement(other.Name.LocalName));
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
            Problems.Add(ForeignElement(name));
        }
    }

    private ExchangeNote ForeignElement(string name) =>
        ExchangeNote.Keyed(XliffMessages.ForeignElement, ("unit", unitId), ("element", name), ("paired", vocabulary.Paired), ("placeholder", vocabulary.Placeholder));

    private string CodePoint(XElement element)
    {
        var hex = (string?)element.Attribute("hex") ?? string.Empty;
        if (!int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
        {
            Problems.Add(ExchangeNote.Keyed(XliffMessages.BadCodePoint, ("unit", unitId), ("hex", hex)));
            return string.Empty;
        }

        if (!PatientTextCharacters.IsAllowed(value))
        {
            Problems.Add(ExchangeNote.Keyed(XliffMessages.RefusedCodePoint, ("unit", unitId), ("hex", hex), ("character", PatientTextCharacters.Describe(value))));
            return string.Empty;
        }

        return char.ConvertFromUtf32(value);
    }

    private string Checked(string text)
    {
        if (PatientTextCharacters.FirstRefused(text) is { } refused)
        {
            Problems.Add(ExchangeNote.Keyed(XliffMessages.RefusedCharacter, ("unit", unitId), ("character", refused)));
        }

        return text;
    }

    private PlacedCode? ReadCode(XElement element)
    {
        var name = element.Name.LocalName;
        var rawId = (string?)element.Attribute("id") ?? string.Empty;
        if (run is null)
        {
            Problems.Add(ExchangeNote.Keyed(XliffMessages.CodeInPlain, ("unit", unitId), ("element", name), ("id", rawId)));
            return null;
        }

        var code = int.TryParse(rawId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? run.Codes.Find(c => c.Id == id) : null;
        if (code is null)
        {
            Problems.Add(ExchangeNote.Keyed(XliffMessages.CodeNotInSource, ("unit", unitId), ("element", name), ("id", rawId)));
            Read(element);
            return null;
        }

        if (vocabulary.NameOf(code) != name)
        {
            seen.Add(id);
            Problems.Add(ExchangeNote.Keyed(XliffMessages.CodeWrongKind, ("unit", unitId), ("id", rawId), ("code", vocabulary.Describe(code)), ("element", name)));
            Read(element);
            return null;
        }

        if (!seen.Add(id))
        {
            Problems.Add(ExchangeNote.Keyed(XliffMessages.CodeRepeated, ("unit", unitId), ("code", vocabulary.Describe(code))));
            return null;
        }

        return new PlacedCode(code, code.IsPaired ? Read(element) : []);
    }
}
