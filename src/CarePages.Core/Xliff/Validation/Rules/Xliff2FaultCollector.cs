using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Collects the faults of the rules, each under the code of the rule that is running.</summary>
/// <param name="locateFaults">Whether faults carry the line and position of the node reported.</param>
internal sealed class Xliff2FaultCollector(bool locateFaults)
{
    private readonly List<XliffValidationFault> faults = [];

    /// <summary>The code of the rule that is running.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The faults so far, in the order reported.</summary>
    public IReadOnlyList<XliffValidationFault> Faults => faults;

    /// <summary>Reports <paramref name="message"/> at <paramref name="node"/>.</summary>
    public void Report(XObject node, string message) => faults.Add(XliffFaults.At(locateFaults ? node : null, Code, message));
}
