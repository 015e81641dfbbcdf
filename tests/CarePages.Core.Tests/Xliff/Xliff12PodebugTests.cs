using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>Round trips through translate-toolkit's pseudo-translation, as a CAT tool would handle the export.</summary>
public sealed class Xliff12PodebugTests
{
    [PodebugFact]
    public void Import_PodebugXxxOverSampleClinic_EveryFieldRewrittenWithTheSameHtml()
    {
        // "xxx…xxx" pushes three near-limit titles past 60 characters, which import rightly refuses; lift the limits here.
        var job = WithoutLengthLimits(XliffTestJobs.SampleClinicJob());

        var result = Xliff12Importer.Import(Podebug.Rewrite(Xliff12Writer.WriteToString(job), "xxx"), job);

        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Units.Select(u => u.Reason)));
        foreach (var document in job.Documents)
        {
            var fields = result.Documents.Single(d => d.Key == document.Key).Fields;
            foreach (var unit in document.Units)
            {
                var value = fields.Single(f => f.FieldPath == unit.FieldPath).Value;
                Assert.StartsWith(unit.Kind == XliffFieldKind.PlainText ? "xxx" : "<", value, StringComparison.Ordinal);
                Assert.Contains("xxx", value, StringComparison.Ordinal);
                Assert.Equal(unit.Source, value.Replace("xxx", string.Empty, StringComparison.Ordinal));
            }
        }
    }

    [PodebugFact]
    public void Import_PodebugFlippedOverSampleClinic_CodesIntactAndStructureKept()
    {
        var job = XliffTestJobs.SampleClinicJob();

        var result = Xliff12Importer.Import(Podebug.Rewrite(Xliff12Writer.WriteToString(job), "flipped"), job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        foreach (var unit in job.Documents.SelectMany(d => d.Units.Where(u => u.Kind == XliffFieldKind.RichText).Select(u => (d.Key, u))))
        {
            var value = result.Documents.Single(d => d.Key == unit.Key).Fields.Single(f => f.FieldPath == unit.u.FieldPath).Value;
            Assert.NotEqual(unit.u.Source, value);
            Assert.Equal(Structure(unit.u.Source), Structure(value));
        }
    }

    private static XliffExportJob WithoutLengthLimits(XliffExportJob job) => job with
    {
        Documents = job.Documents.Select(d => d with { Units = d.Units.Select(u => u with { MaxLength = null }).ToArray() }).ToArray(),
    };

    private static string[] Structure(string html) =>
        HtmlInput.ParseFragment(html).Body!.Descendants<IElement>()
            .Select(e => e.LocalName + string.Concat(e.Attributes.Select(a => $" {a.Name}={a.Value}")))
            .ToArray();
}
