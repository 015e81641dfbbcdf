using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A code with <c>canDelete="no"</c> in the source of a segment that has a target is in some target of the unit (it may
/// move to another segment, but it may not disappear).
/// </summary>
internal sealed class NonRemovableCodesRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "can-delete";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var inTargets = document.Inline(unit, targets: true).Where(document.IsCode).Select(c => CodeKey.Of(c)).ToHashSet();
            foreach (var part in document.Parts(unit).Where(p => p.Element(document.Ns + "target") is not null))
            {
                var kept = part.Elements(document.Ns + "source").Descendants()
                    .Where(e => document.IsCode(e) && Xliff2Document.Value(e, "canDelete") == "no");
                foreach (var code in kept.Where(c => !inTargets.Contains(CodeKey.Of(c))))
                {
                    faults.Report(part.Element(document.Ns + "target")!, $"{CodeKey.Of(code)} has canDelete=\"no\" in the source but is missing from the translation "
                        + $"of unit \"{Xliff2Document.Value(unit, "id")}\".");
                }
            }
        }
    }
}
