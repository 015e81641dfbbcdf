namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>A document with a <c>&lt;target&gt;</c> in a segment or ignorable declares <c>trgLang</c> on <c>&lt;xliff&gt;</c>.</summary>
internal sealed class TargetLanguageRequiredRule : IXliff2Rule
{
    /// <inheritdoc />
    public string Code => "trglang";

    /// <inheritdoc />
    public void Check(Xliff2Document document, Xliff2FaultCollector faults)
    {
        if (document.Root.Attribute("trgLang") is null && document.Units.SelectMany(document.Targets).FirstOrDefault() is { } target)
        {
            faults.Report(target, "The file has a <target>, but <xliff> has no trgLang attribute saying the target language.");
        }
    }
}
