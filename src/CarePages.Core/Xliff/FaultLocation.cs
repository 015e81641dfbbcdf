using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Xliff;

/// <summary>Puts the line a fault was found at in front of it ("line 12: …"), in the language the fault is read in.</summary>
internal static class FaultLocation
{
    /// <summary><paramref name="fault"/> found at <paramref name="line"/>.</summary>
    public static ExchangeNote AtLine(int line, ExchangeNote fault) =>
        ExchangeNote.Keyed(XliffMessages.AtLine, ("line", line.ToString(CultureInfo.InvariantCulture)), ("detail", NestedNotes.Of(fault)));

    /// <summary><paramref name="fault"/> at <paramref name="node"/>'s line, or as it is when the node has no line information.</summary>
    public static ExchangeNote At(XObject? node, ExchangeNote fault) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? AtLine(info.LineNumber, fault) : fault;
}
