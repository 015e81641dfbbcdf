using System.Xml;
using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// The Change Tracking module (<c>ctr</c>; a module in XLIFF 2.0/2.1, an informative extension in 2.2), the Constraints
/// of its attributes: a <c>&lt;ctr:revisions&gt;</c>'s <c>currentVersion</c> "MUST be the value of the version
/// attribute of one of the &lt;revision&gt; elements listed in the same &lt;revisions&gt; element"; its <c>ref</c>
/// "MUST be the value of the id attribute of a single instance of an element that is a multiple instance within the
/// enclosing element", the element <c>appliesTo</c> names, a sibling of the <c>changeTrack</c> or a child of one; and
/// an item's <c>property</c> "MUST be either content ... or the name of the attribute relating to the revision data".
/// </summary>
internal sealed class ChangeTrackingRule : IXliff2Rule
{
    private static readonly XNamespace Ctr = XliffNamespaces.ChangeTracking;

    /// <inheritdoc />
    public string Code => "change-tracking";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var revisions in document.Descendants(Ctr + "revisions"))
        {
            var current = Xliff2Document.Value(revisions, "currentVersion");
            if (current is not null && !revisions.Elements(Ctr + "revision").Any(r => Xliff2Document.Value(r, "version") == current))
            {
                faults.Report(revisions.Attribute("currentVersion")!, $"<ctr:revisions> has currentVersion=\"{current}\", but none of its revisions has version=\"{current}\".");
            }

            CheckReference(revisions, faults);
        }

        foreach (var property in document.Descendants(Ctr + "item").Attributes("property"))
        {
            if (property.Value != "content" && !IsAttributeName(property.Value))
            {
                faults.Report(property, $"<ctr:item> has property=\"{property.Value}\"; it must be \"content\" or the name of the attribute the revision is about.");
            }
        }
    }

    private static void CheckReference(XElement revisions, Xliff2FaultCollector faults)
    {
        var reference = Xliff2Document.Value(revisions, "ref");
        var appliesTo = Xliff2Document.Value(revisions, "appliesTo");
        if (reference is null || appliesTo is null || revisions.Parent?.Parent is not { } enclosing)
        {
            return;
        }

        var track = revisions.Parent;
        var candidates = enclosing.Elements().Where(e => e != track).SelectMany(e => e.Elements().Prepend(e)).Where(e => e.Name.LocalName == appliesTo);
        if (!candidates.Any(e => Xliff2Document.Value(e, "id") == reference))
        {
            faults.Report(revisions.Attribute("ref")!, $"<ctr:revisions appliesTo=\"{appliesTo}\"> has ref=\"{reference}\", but {Xliff2Document.Describe(enclosing)} holds no <{appliesTo} id=\"{reference}\"> "
                + "beside its change track or in one of its children.");
        }
    }

    private static bool IsAttributeName(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var local = colon < 0 ? value : value[(colon + 1)..];
        var prefix = colon < 0 ? null : value[..colon];
        return IsNcName(local) && (prefix is null || IsNcName(prefix));
    }

    private static bool IsNcName(string value) =>
        value.Length > 0 && (char.IsSurrogate(value[0]) || XmlConvert.IsStartNCNameChar(value[0])) && value.All(c => char.IsSurrogate(c) || XmlConvert.IsNCNameChar(c));
}
