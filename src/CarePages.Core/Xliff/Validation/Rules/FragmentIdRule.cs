using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>Every <c>ref</c> that is a fragment identifier (starts with <c>#</c>) is well-formed, with known prefixes in order.</summary>
internal sealed class FragmentIdRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "fragment-id";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var reference in document.Attributes("ref").Where(a => a.Value.StartsWith('#')))
        {
            if (FragmentIdentifier.Parse(reference.Value, document.FragmentPrefixes).Fault is { } fault)
            {
                faults.Report(reference, $"{Xliff2Document.Describe(reference.Parent!)} has ref=\"{reference.Value}\", which is not a valid fragment identifier: {fault}.");
            }
        }
    }
}
