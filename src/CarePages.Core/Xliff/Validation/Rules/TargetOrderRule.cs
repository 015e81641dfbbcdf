using System.Globalization;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>A target's <c>order</c> is unique in its unit and between 1 and the number of segments and ignorables of the unit.</summary>
internal sealed class TargetOrderRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "order";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            var count = document.Parts(unit).Count();
            var seen = new HashSet<long>();
            foreach (var target in document.Targets(unit).Where(t => t.Attribute("order") is not null))
            {
                var text = Xliff2Document.Value(target, "order")!;
                var order = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : long.MaxValue;
                if (order > count)
                {
                    faults.Report(target, $"<target order=\"{text}\"> in unit \"{Xliff2Document.Value(unit, "id")}\" is past the unit's {count} segments and ignorables.");
                }
                else if (!seen.Add(order))
                {
                    faults.Report(target, $"<target order=\"{text}\"> in unit \"{Xliff2Document.Value(unit, "id")}\": another target already has that order.");
                }
            }
        }
    }
}
