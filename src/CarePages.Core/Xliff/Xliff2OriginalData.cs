using System.Globalization;
using AngleSharp;
using AngleSharp.Dom;

namespace CarePages.Core.Xliff;

/// <summary>
/// The <c>&lt;originalData&gt;</c> of an XLIFF 2.x unit: the native HTML of each code, for translators' tools to
/// display. Informative only: import rebuilds every tag from the job's source and never reads it back.
/// </summary>
internal static class Xliff2OriginalData
{
    /// <summary>The data id of a placeholder, or of a paired code's start tag.</summary>
    public static string StartId(InlineCode code) => "d" + code.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The data id of a paired code's end tag.</summary>
    public static string EndId(InlineCode code) => StartId(code) + "e";

    /// <summary>Each data id of <paramref name="codes"/> with its HTML, in code order.</summary>
    public static IEnumerable<(string Id, string Html)> Of(IEnumerable<InlineCode> codes)
    {
        foreach (var code in codes)
        {
            if (!code.IsPaired)
            {
                yield return (StartId(code), code.Node.ToHtml());
                continue;
            }

            var end = $"</{((IElement)code.Node).LocalName}>";
            var empty = code.Node.Clone(deep: false).ToHtml();
            yield return (StartId(code), empty.EndsWith(end, StringComparison.Ordinal) ? empty[..^end.Length] : empty);
            yield return (EndId(code), end);
        }
    }
}
