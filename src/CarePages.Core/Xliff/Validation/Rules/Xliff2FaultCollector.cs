using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Collects the faults of the rules, each under the code of the rule that is running.</summary>
internal sealed class Xliff2FaultCollector
{
    private readonly List<XliffValidationFault> faults = [];

    /// <summary>The code of the rule that is running.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>The faults so far, in the order reported.</summary>
    public IReadOnlyList<XliffValidationFault> Faults => faults;

    /// <summary>Reports <paramref name="message"/> at <paramref name="node"/>.</summary>
    public void Report(XObject node, string message) => faults.Add(XliffFaults.At(node, Code, message));
}
