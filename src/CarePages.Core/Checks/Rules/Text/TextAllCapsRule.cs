using System.Globalization;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Runs of words in capitals are harder to read, and some screen readers spell them out letter by letter. Reports
/// each run of at least <c>minWords</c> upper-case words within a paragraph, heading or list item. Only letters
/// decide: a word is upper case when it has two or more capitals and no lower-case letter; single capitals ("I", "A")
/// and numbers neither count nor break a run, so an acronym or two in a normal sentence ("ask your GP about an MRI")
/// never make one. Works for every cased script (Latin, Greek, Cyrillic; German ß counts as neither case); scripts
/// without case, such as Arabic, never fire. No WCAG criterion requires mixed case: 3.1.5 is about reading level,
/// which casing does not change, so the rule maps to none (the reference lists ALL CAPS as a warning without one).
/// </summary>
public sealed class TextAllCapsRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "text-all-caps",
        DefaultSeverity = FindingSeverity.Warn,
        Parameters =
        [
            new("minWords", "4", "Fewest upper-case words in a row that count as text in capitals (Sa11y and Editoria11y: 4 or more)."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.AllText;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var minWords = findings.Parameters.GetInt("minWords");
        var profile = ProseProfile.Of(context);
        foreach (var run in profile.Capitals)
        {
            if (run.Words >= minWords)
            {
                var block = profile.Blocks[run.Block];
                findings.Report(block.Text[run.Start..run.End], block.Position, arguments: new Dictionary<string, string>
                {
                    ["words"] = run.Words.ToString(CultureInfo.InvariantCulture),
                });
            }
        }
    }
}
