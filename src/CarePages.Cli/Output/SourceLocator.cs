using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CarePages.Cli.Input;
using CarePages.Core.Checks;
using CarePages.Core.Checks.Html;

namespace CarePages.Cli.Output;

/// <summary>
/// Finds the line and column of a finding in its file, for SARIF: in markup, the start tag of the element the finding names
/// (re-parsed with source positions, checked against the finding's snippet); in a document, the property's value entry.
/// Falls back to the first occurrence of the snippet, then to the start of the file.
/// </summary>
internal sealed partial class SourceLocator
{
    // The same wrapping HtmlInput.ParseFragment puts around a fragment, so element positions line up with the engine's.
    private const string FragmentPrefix = "<!DOCTYPE html><html><head></head><body>";

    private readonly InputFile _file;
    private readonly Lazy<int[]> _lineStarts;
    private readonly Lazy<IReadOnlyList<AngleSharp.Dom.IElement>> _elements;

    /// <summary>Creates a locator for <paramref name="file"/>.</summary>
    public SourceLocator(InputFile file)
    {
        _file = file;
        _lineStarts = new Lazy<int[]>(() => LineStarts(file.Text));
        _elements = new Lazy<IReadOnlyList<AngleSharp.Dom.IElement>>(ParseElements);
    }

    /// <summary>The 1-based line and column where <paramref name="finding"/> is.</summary>
    public (int Line, int Column) Locate(Finding finding)
    {
        var offset = _file.Kind == InputKind.Document ? InDocument(finding) : InMarkup(finding);
        if (offset < 0 && finding.Snippet.Length > 0)
        {
            offset = _file.Text.IndexOf(finding.Snippet.TrimEnd('…'), StringComparison.Ordinal);
        }

        return ToLineAndColumn(Math.Max(offset, 0));
    }

    private int InMarkup(Finding finding)
    {
        if (finding.Snippet.Length == 0)
        {
            return -1;
        }

        var elements = _elements.Value;
        if (finding.Position < 0 || finding.Position >= elements.Count)
        {
            return -1;
        }

        var element = elements[finding.Position];
        if (!string.Equals(Snippets.Of(element), finding.Snippet, StringComparison.Ordinal) || element.SourceReference is not { } source)
        {
            return -1;
        }

        // AngleSharp's position is that of the tag name, just after the '<'.
        var offset = source.Position.Position - (_file.Kind == InputKind.RichText ? FragmentPrefix.Length : 0);
        if (offset > 0 && offset <= _file.Text.Length && _file.Text[offset - 1] == '<')
        {
            offset--;
        }

        return offset >= 0 && offset < _file.Text.Length ? offset : -1;
    }

    // Values are {"alias": …, "culture": …, "value": …}; blocks nest the same shape, so follow the property path alias by alias.
    private int InDocument(Finding finding)
    {
        if (finding.Property is null)
        {
            return -1;
        }

        var start = 0;
        var found = -1;
        foreach (var alias in finding.Property.Split('.'))
        {
            var matches = AliasEntry().Matches(_file.Text[start..]).Where(m => m.Groups["alias"].Value == alias).ToList();
            if (matches.Count == 0)
            {
                break;
            }

            var match = matches.FirstOrDefault(m => HasCulture(start + m.Index + m.Length, finding.Culture)) ?? matches[0];
            found = start + match.Index;
            start = found + match.Length;
        }

        return found;
    }

    // True when the entry starting at offset says "culture": null or this culture before its "value".
    private bool HasCulture(int offset, string culture)
    {
        var text = _file.Text.AsSpan(offset);
        var value = text.IndexOf("\"value\"", StringComparison.Ordinal);
        var entry = (value < 0 ? text : text[..value]).ToString();
        var match = CultureEntry().Match(entry);
        return match.Success && (match.Groups["culture"].Value.Length == 0 || string.Equals(match.Groups["culture"].Value, culture, StringComparison.OrdinalIgnoreCase));
    }

    private IReadOnlyList<AngleSharp.Dom.IElement> ParseElements()
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        if (_file.Kind == InputKind.RichText)
        {
            return ElementIndex.Build(parser.ParseDocument(FragmentPrefix + _file.Text).Body!).Elements;
        }

        return ElementIndex.Build(parser.ParseDocument(_file.Text).DocumentElement).Elements;
    }

    private (int Line, int Column) ToLineAndColumn(int offset)
    {
        var starts = _lineStarts.Value;
        var line = Array.BinarySearch(starts, offset);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, offset - starts[line] + 1);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }

    [GeneratedRegex("\"alias\"\\s*:\\s*\"(?<alias>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex AliasEntry();

    [GeneratedRegex("\"culture\"\\s*:\\s*(?:null|\"(?<culture>[^\"]*)\")", RegexOptions.CultureInvariant)]
    private static partial Regex CultureEntry();
}
