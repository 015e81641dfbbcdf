using System.Text;
using System.Xml.Linq;
using CarePages.Core.Xliff;
using CarePages.Core.Xliff.Validation;

namespace CarePages.Core.Tests.Xliff.Interop;

/// <summary>
/// Round trips of the sample clinic's XLIFF 1.2 export (en-GB → es-ES, target = source, which OmegaT 3.6 needs to
/// extract a unit) through OmegaT 3.6 console mode: translations come from a TMX in <c>tm/auto/</c>, the compiled
/// <c>target/</c> file comes back through our validator and importer. About 3 s per OmegaT run.
/// </summary>
[Trait("Category", "Interop")]
public sealed class Xliff12OmegaTTests
{
    private const string FileName = "clinic.es-ES.xlf";

    [OmegaTFact]
    public void Translate_EqualPseudoTranslationMemory_CompiledFileKeepsEveryCodeValidatesAndImportsAsTheSource()
    {
        var job = XliffTestJobs.SampleClinicJob();
        var export = XliffExchange.WriteToString(job, XliffVersion.Xliff12);
        using var project = OmegaTProject.Create(FileName, export, job.SourceCulture, job.TargetCulture);
        project.AddAutoTranslationMemory("pseudo.tmx", project.CreatePseudoTranslationTmx("equal"));

        var compiled = TranslateSuccessfully(project);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(compiled));
        var report = new XliffValidator().Validate(stream);
        Assert.True(report.IsValid, string.Join('\n', report.Faults.Select(f => f.Message)));
        Assert.Equal(InlineCodesPerTarget(export), InlineCodesPerTarget(compiled));
        AssertImported(job, compiled, new Dictionary<string, string>());
    }

    [OmegaTFact]
    public void Translate_MemoryTranslatesPlainSegments_ThoseFieldsImportInSpanishAndTheRestUnchanged()
    {
        var translations = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ketamine"] = "ketamina",
            ["Ketamine for hard-to-treat pain"] = "Ketamina para el dolor difícil de tratar",
        };
        var job = XliffTestJobs.SampleClinicJob();
        // The medication of both ketamine pages and one page name: a memory hit fills every unit with that source.
        Assert.Equal(3, job.Documents.SelectMany(d => d.Units).Count(u => translations.ContainsKey(u.Source)));
        using var project = OmegaTProject.Create(FileName, XliffExchange.WriteToString(job, XliffVersion.Xliff12), job.SourceCulture, job.TargetCulture);
        project.AddAutoTranslationMemory("clinic.tmx", TranslationMemoryFile.Write(job.SourceCulture, job.TargetCulture, translations));

        AssertImported(job, TranslateSuccessfully(project), translations);
    }

    [OmegaTFact]
    public void Translate_MemoryTranslationDropsABoldTag_TagValidationAbortsWithoutATargetFile()
    {
        var job = XliffTestJobs.SampleClinicJob();
        using var project = OmegaTProject.Create(FileName, XliffExchange.WriteToString(job, XliffVersion.Xliff12), job.SourceCulture, job.TargetCulture);
        project.AddAutoTranslationMemory("broken.tmx", TranslationMemoryFile.Write(job.SourceCulture, job.TargetCulture, new Dictionary<string, string>
        {
            ["<g0>Intranasal ketamine</g0>: a spray into your nose."] = "Ketamina intranasal: un espray en la nariz.",
        }));

        var run = project.Translate();

        Assert.True(run.ExitCode == 1, $"OmegaT exited {run.ExitCode}, expected 1:\n{run.Output}");
        Assert.Contains("Tag validation failed", run.Output, StringComparison.Ordinal);
        Assert.Null(project.ReadTarget());
    }

    [OmegaTFact]
    public void Translate_FileWithAltTransCandidates_CompiledFileKeepsThemAndImportsOnlyTheTargets()
    {
        var job = XliffTestJobs.OnePageWithCandidates();
        var export = XliffExchange.WriteToString(job, XliffVersion.Xliff12);
        using var project = OmegaTProject.Create(FileName, export, job.SourceCulture, job.TargetCulture);
        project.AddAutoTranslationMemory("title.tmx", TranslationMemoryFile.Write(job.SourceCulture, job.TargetCulture, new Dictionary<string, string>
        {
            ["Ketamine treatment"] = "Tratamiento con ketamina (OmegaT)",
        }));

        var compiled = TranslateSuccessfully(project);

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(compiled));
        var report = new XliffValidator().Validate(stream);
        Assert.True(report.IsValid, string.Join('\n', report.Faults.Select(f => f.Message)));
        Assert.Equal(AltTrans(export), AltTrans(compiled));
        var result = XliffExchange.Import(compiled, job);
        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Messages.Concat(result.Units.Select(u => u.Reason))));
        Assert.Equal("Tratamiento con ketamina (OmegaT)", XliffAssert.Field(result, "pageTitle"));
        Assert.Equal("<p>Bring <strong>your medicines</strong> today.</p>", XliffAssert.Field(result, "body"));
    }

    private static string[] AltTrans(string xliff) =>
        XliffTestJobs.Parse(xliff).Descendants(XliffTestJobs.Ns + "alt-trans")
            .Select(a => $"{a.Parent!.Attribute("id")?.Value} {a.Attribute("origin")?.Value} {a.Attribute("match-quality")?.Value}: "
                + string.Concat(a.Element(XliffTestJobs.Ns + "target")!.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))))
            .ToArray();

    private static string TranslateSuccessfully(OmegaTProject project)
    {
        var run = project.Translate();
        var compiled = project.ReadTarget();
        Assert.True(run.ExitCode == 0 && compiled is not null, $"OmegaT exited {run.ExitCode} without a target file:\n{run.Output}");
        return compiled!;
    }

    /// <summary>Imports <paramref name="compiled"/>: every field is its source, or its translation from <paramref name="translations"/>.</summary>
    private static void AssertImported(XliffExportJob job, string compiled, IReadOnlyDictionary<string, string> translations)
    {
        var result = XliffExchange.Import(compiled, job);

        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Messages.Concat(result.Units.Select(u => u.Reason))));
        foreach (var document in job.Documents)
        {
            var fields = result.Documents.Single(d => d.Key == document.Key).Fields;
            foreach (var unit in document.Units)
            {
                Assert.Equal(translations.GetValueOrDefault(unit.Source, unit.Source), fields.Single(f => f.FieldPath == unit.FieldPath).Value);
            }
        }
    }

    /// <summary>Per trans-unit (file and id), the inline code elements of its target in order, e.g. <c>g#1 x#2</c>.</summary>
    private static string[] InlineCodesPerTarget(string xliff) =>
        XliffTestJobs.Parse(xliff).Descendants(XliffTestJobs.Ns + "trans-unit")
            .Select(unit => $"{unit.Ancestors(XliffTestJobs.Ns + "file").Single().Attribute("original")?.Value}/{unit.Attribute("id")?.Value}: "
                + string.Join(' ', unit.Element(XliffTestJobs.Ns + "target")!.Descendants().Select(code => $"{code.Name.LocalName}#{code.Attribute("id")?.Value}")))
            .ToArray();
}
