namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>An <c>&lt;em&gt;</c> names, with <c>startRef</c>, an <c>&lt;sm&gt;</c> that comes before it in the same unit (sources and targets apart).</summary>
internal sealed class MarkerPairsRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "sm-em";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        foreach (var unit in document.Units)
        {
            foreach (var targets in new[] { false, true })
            {
                var inline = document.Inline(unit, targets).ToList();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var element in inline)
                {
                    if (document.Is(element, "sm"))
                    {
                        seen.Add(Xliff2Document.Value(element, "id") ?? string.Empty);
                    }
                    else if (document.Is(element, "em") && Xliff2Document.Value(element, "startRef") is { } startRef && !seen.Contains(startRef))
                    {
                        faults.Report(element, inline.Any(e => document.Is(e, "sm") && Xliff2Document.Value(e, "id") == startRef)
                            ? $"<em startRef=\"{startRef}\"> comes before its <sm id=\"{startRef}\">; the end marker must follow the start marker."
                            : $"<em startRef=\"{startRef}\"> names no <sm id=\"{startRef}\"> in the same unit.");
                    }
                }
            }
        }
    }
}
