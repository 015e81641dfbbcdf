using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>
/// The <c>&lt;originalData&gt;</c> of an XLIFF 2.x unit: the native HTML of each code without its addresses
/// (<c>href</c>, <c>src</c> and other URL attributes), for translators' tools to display. Import rebuilds every tag
/// from the job's source and never takes anything from it; a returned file whose data names an address other than
/// the source's is refused, so a changed link cannot look accepted.
/// </summary>
internal static class Xliff2OriginalData
{
    private static readonly HashSet<string> AddressAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "longdesc", "usemap",
    };

    /// <summary>The data id of a placeholder, or of a paired code's start tag.</summary>
    public static string StartId(InlineCode code) => "d" + code.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The data id of a paired code's end tag.</summary>
    public static string EndId(InlineCode code) => StartId(code) + "e";

    /// <summary>Each data id of <paramref name="codes"/> with its HTML, addresses left out, in code order.</summary>
    public static IEnumerable<(string Id, string Html)> Of(IEnumerable<InlineCode> codes)
    {
        foreach (var code in codes)
        {
            var native = WithoutAddresses(code.Node.Clone(deep: !code.IsPaired));
            if (!code.IsPaired)
            {
                yield return (StartId(code), native.ToHtml());
                continue;
            }

            var end = $"</{((IElement)code.Node).LocalName}>";
            var empty = native.ToHtml();
            yield return (StartId(code), empty.EndsWith(end, StringComparison.Ordinal) ? empty[..^end.Length] : empty);
            yield return (EndId(code), end);
        }
    }

    /// <summary>
    /// What is wrong with the <c>&lt;data&gt;</c> a unit came back with: each address in it that is not the one its
    /// source code has (data sent before addresses were left out carries the source's, which is fine).
    /// </summary>
    public static IEnumerable<ExchangeNote> ChangedAddresses(string unitId, IReadOnlyList<InlineCode> codes, IReadOnlyDictionary<string, string> returned)
    {
        var byId = codes.ToDictionary(StartId, StringComparer.Ordinal);
        foreach (var (id, html) in returned.Where(d => MayHoldAddress(d.Value)))
        {
            var source = byId.GetValueOrDefault(id)?.Node as IElement;
            foreach (var element in HtmlInput.ParseFragment(html).Body!.Descendants<IElement>())
            {
                foreach (var attribute in element.Attributes.Where(a => AddressAttributes.Contains(a.Name)))
                {
                    var expected = source?.GetAttribute(attribute.Name);
                    if (expected is null || !string.Equals(expected.Trim(), attribute.Value.Trim(), StringComparison.Ordinal))
                    {
                        yield return expected is null
                            ? ExchangeNote.Keyed(XliffMessages.AddressAdded, ("unit", unitId), ("data", id), ("attribute", attribute.Name), ("address", attribute.Value))
                            : ExchangeNote.Keyed(XliffMessages.AddressChanged, ("unit", unitId), ("data", id), ("attribute", attribute.Name), ("address", attribute.Value), ("expected", expected));
                    }
                }
            }
        }
    }

    // Parsing each data was a large share of an import, and most data are a bare tag. The parser takes attribute
    // names from the text (only lower-casing them), so text without an address attribute's name holds no address.
    private static bool MayHoldAddress(string html) =>
        AddressAttributes.Any(name => html.Contains(name, StringComparison.OrdinalIgnoreCase));

    private static INode WithoutAddresses(INode node)
    {
        var elements = node is IElement element ? element.DescendantsAndSelf<IElement>() : [];
        foreach (var each in elements)
        {
            foreach (var attribute in each.Attributes.Where(a => AddressAttributes.Contains(a.Name)).ToArray())
            {
                each.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        return node;
    }
}
