using System.Text;
using CarePages.Core.Checks;

namespace CarePages.Benchmarks;

/// <summary>Writes the benchmarked content, and what the engine finds in it, where a person can read them.</summary>
public static class ContentArtefacts
{
    /// <summary>Writes the 50 KB field, the page axe-core loads and the engine's findings into <paramref name="folder"/>.</summary>
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "clinic-rich-text-50kb.html"), ClinicRichText.Html);
        File.WriteAllText(Path.Combine(folder, "clinic-page-50kb.html"), ClinicRichText.Page);

        var engine = CheckEngine.CreateDefault();
        var summary = new StringBuilder()
            .AppendLine($"Engine rules: {engine.Rules.All.Count} ({string.Join(", ", engine.Rules.All.Select(r => r.Descriptor.Id))})")
            .AppendLine()
            .AppendLine($"50 KB rich-text field: {Encoding.UTF8.GetByteCount(ClinicRichText.Html)} bytes, {ClinicRichText.Culture}");
        var richText = engine.CheckRichText(ClinicRichText.Html, new CheckRequest { Culture = ClinicRichText.Culture, Today = ClinicDocuments.Today }, "body");
        AppendFindings(summary, richText);
        foreach (var document in ClinicDocuments.Route)
        {
            summary.AppendLine()
                .AppendLine($"Ten-field document, {document.Culture}: {string.Join(", ", document.Fields.Select(f => $"{f.Alias} ({f.Kind})"))}");
            var request = new CheckRequest { Culture = document.Culture, SourceDocument = ClinicDocuments.Source, Today = ClinicDocuments.Today };
            AppendFindings(summary, engine.CheckDocument(document, request));
        }

        File.WriteAllText(Path.Combine(folder, "engine-findings.txt"), summary.ToString());
        Console.WriteLine($"// content and the engine's findings written to {folder}");
    }

    private static void AppendFindings(StringBuilder summary, CheckReport report)
    {
        summary.AppendLine($"  {report.Findings.Count} findings");
        foreach (var group in report.Findings.GroupBy(f => (f.RuleId, f.Severity)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal))
        {
            summary.AppendLine($"  {group.Count(),4} x {group.Key.RuleId} ({group.Key.Severity})");
        }
    }
}
