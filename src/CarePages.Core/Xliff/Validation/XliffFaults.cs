using System.Xml;
using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation;

/// <summary>Builds faults located at a node of a document loaded with line information.</summary>
internal static class XliffFaults
{
    /// <summary>A fault at <paramref name="node"/>'s line and position (0 when the node has none).</summary>
    public static XliffValidationFault At(XObject? node, string code, string message) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new XliffValidationFault(code, message, info.LineNumber, info.LinePosition)
            : new XliffValidationFault(code, message);
}
