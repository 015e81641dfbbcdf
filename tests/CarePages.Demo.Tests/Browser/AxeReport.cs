using System.Text;
using Deque.AxeCore.Commons;

namespace CarePages.Demo.Tests.Browser;

/// <summary>axe-core findings as a failure message: rule, help text, and the selector of every element it flagged.</summary>
internal static class AxeReport
{
    public static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var rule in violations)
        {
            text.Append("- ").Append(rule.Id).Append(": ").Append(rule.Help).Append(" (").Append(rule.HelpUrl).AppendLine(")");
            foreach (var node in rule.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.Append("    ").Append(node.Target).Append(": ").AppendLine(string.Join("; ", checks));
            }
        }

        return text.ToString();
    }
}
