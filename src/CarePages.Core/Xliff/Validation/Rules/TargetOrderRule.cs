using System.Xml.Linq;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A target's <c>order</c> is between 1 and the number of segments and ignorables of its unit, and the targets' orders
/// are unique in the unit, counting the implicit order of a target without one (its segment's or ignorable's position):
/// a target moved from position p to another leaves p to a target whose <c>order</c> says p (XLIFF 2.1 and 2.2
/// Part 1, the <c>order</c> attribute and Segmentation).
/// </summary>
internal sealed class TargetOrderRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "order";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var parts = document.Parts(unit);
            var targets = new List<(XElement Target, long Position)>();
            for (var index = 0; index < parts.Count; index++)
            {
                if (parts[index].Element(document.Ns + "target") is { } target)
                {
                    targets.Add((target, index + 1L));
                }
            }

            if (targets.Count == 0)
            {
                continue;
            }

            var unitId = Xliff2Document.Value(unit, "id");
            var explicitOrders = targets.Select(p => Xliff2Document.OrderOf(p.Target)).OfType<long>().ToHashSet();
            var seen = new Dictionary<long, bool>();
            foreach (var (target, position) in targets)
            {
                var text = Xliff2Document.Value(target, "order");
                var order = text is null ? position : Xliff2Document.OrderOf(target) ?? long.MaxValue;
                if (order > parts.Count)
                {
                    faults.Report(target, $"<target order=\"{text}\"> in unit \"{unitId}\" is past the unit's {parts.Count} segments and ignorables.");
                }
                else if (seen.TryGetValue(order, out var wasExplicit))
                {
                    faults.Report(target, text is null && !wasExplicit
                        ? $"The <target> at position {position} of unit \"{unitId}\" has no order, so its order is {position}, which another target already has."
                        : $"<target{(text is null ? string.Empty : $" order=\"{text}\"")}> in unit \"{unitId}\": another target already has order {order}"
                            + (text is null ? $" (a target without order keeps its position, {position})." : "."));
                }
                else if (text is not null && order != position && !explicitOrders.Contains(position))
                {
                    faults.Report(target, $"<target order=\"{text}\"> in unit \"{unitId}\" leaves position {position}, but no target there says order=\"{position}\".");
                }

                seen.TryAdd(order, text is not null);
            }
        }
    }
}
