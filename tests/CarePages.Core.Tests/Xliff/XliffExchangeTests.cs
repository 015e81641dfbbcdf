using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

/// <summary>
/// Import behaviour every XLIFF version shares, run against 1.2, 2.1 and 2.2 through the common entry point. Edits are
/// written in 1.2 inline notation (<c>g</c>, <c>x</c>) and turned into 2.x notation (<c>pc</c>, <c>ph</c>) for 2.x.
/// </summary>
public sealed class XliffExchangeTests
{
    private const string LinkParagraph = "<p>Call <a href=\"https://111.nhs.uk\" class=\"external\">NHS <strong>111</strong></a> if you feel unwell.</p>";

    public static TheoryData<XliffVersion> AllVersions => new(XliffVersion.Xliff12, XliffVersion.Xliff21, XliffVersion.Xliff22);

    public static TheoryData<XliffVersion, string, string> BrokenCodes()
    {
        var data = new TheoryData<XliffVersion, string, string>();
        foreach (var version in AllVersions)
        {
            data.Add(version, "Llame al NHS <g id=\"2\">111</g>.", "Unit body#1: inline code <g id=\"1\"> (a) is missing from the target.");
            data.Add(version, "Llame al <g id=\"1\">NHS <g id=\"2\">111</g></g> <g id=\"3\">ya</g>.", "Unit body#1: the target has inline code <g id=\"3\">, which is not in the source.");
            data.Add(version, "Llame al <g id=\"9\">NHS <g id=\"2\">111</g></g>.", "Unit body#1: the target has inline code <g id=\"9\">, which is not in the source. Unit body#1: inline code <g id=\"1\"> (a) is missing from the target.");
            data.Add(version, "Llame al <g id=\"1\">NHS</g> <g id=\"1\">111</g> <g id=\"2\">x</g>.", "Unit body#1: inline code <g id=\"1\"> (a) appears more than once in the target.");
            data.Add(version, "Llame al <x id=\"1\"/> <g id=\"2\">111</g>.", "Unit body#1: inline code id 1 is <g id=\"1\"> (a) in the source but <x> in the target.");
        }

        return data;
    }

    public static TheoryData<XliffVersion, string, string, string> TargetEdits()
    {
        var data = new TheoryData<XliffVersion, string, string, string>();
        foreach (var version in AllVersions)
        {
            data.Add(version, LinkParagraph, "Llame al <g id=\"1\" ctype=\"link\">servicio <g id=\"2\" ctype=\"bold\">111</g> del NHS</g> si se encuentra mal.",
                "<p>Llame al <a href=\"https://111.nhs.uk\">servicio <strong>111</strong> del NHS</a> si se encuentra mal.</p>");
            data.Add(version, "<p><strong>Red</strong> and <em>blue</em></p>", "<g id=\"2\">azul</g> y <g id=\"1\">rojo</g>", "<p><em>azul</em> y <strong>rojo</strong></p>");
            data.Add(version, "<p>Hello <strong>you</strong></p>", "&lt;script&gt;alert(1)&lt;/script&gt; <g id=\"1\">hola</g>",
                "<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>hola</strong></p>");
        }

        return data;
    }

    public static TheoryData<XliffVersion, string, string, XliffImportStatus, string> FileEditsRefused()
    {
        var data = new TheoryData<XliffVersion, string, string, XliffImportStatus, string>();
        foreach (var version in AllVersions)
        {
            data.Add(version, "=\"es-ES\"", "=\"fr-FR\"", XliffImportStatus.WrongTargetLanguage, "target language \"fr-FR\"");
        }

        data.Add(XliffVersion.Xliff12, "id=\"body#1\"", "id=\"pageTitle\"", XliffImportStatus.DuplicateUnitIds, "unit id \"pageTitle\" is used by 2 trans-units");
        data.Add(XliffVersion.Xliff21, "id=\"body_x0023_1\"", "id=\"pageTitle\"", XliffImportStatus.DuplicateUnitIds, "unit id \"pageTitle\" is used by 2 units");
        data.Add(XliffVersion.Xliff22, "id=\"body_x0023_1\"", "id=\"pageTitle\"", XliffImportStatus.DuplicateUnitIds, "unit id \"pageTitle\" is used by 2 units");
        data.Add(XliffVersion.Xliff21, "version=\"2.1\"", "version=\"2.2\"", XliffImportStatus.NotXliff2, "<xliff version=\"2.2\"> in \"urn:oasis:names:tc:xliff:document:2.0\"");
        return data;
    }

    [Theory]
    [InlineData(XliffVersion.Xliff12, "urn:oasis:names:tc:xliff:document:1.2", "1.2")]
    [InlineData(XliffVersion.Xliff21, "urn:oasis:names:tc:xliff:document:2.0", "2.1")]
    [InlineData(XliffVersion.Xliff22, "urn:oasis:names:tc:xliff:document:2.2", "2.2")]
    public void WriteThenImport_SampleClinicWithSourceCopied_RootOfThatVersionAndIdenticalValues(XliffVersion version, string ns, string versionText)
    {
        var job = XliffTestJobs.SampleClinicJob();

        var xliff = XliffExchange.WriteToString(job, version);
        var result = XliffExchange.Import(xliff, job);

        var root = XliffTestJobs.Parse(xliff).Root!;
        Assert.Equal(ns, root.Name.NamespaceName);
        Assert.Equal(versionText, (string?)root.Attribute("version"));
        Assert.Equal(XliffImportStatus.Success, result.Status);
        Assert.Equal(
            job.Documents.SelectMany(d => d.Units.Select(u => (d.Key, u.FieldPath, Value: u.Source))),
            result.Documents.SelectMany(d => d.Fields.Select(f => (d.Key, f.FieldPath, f.Value))));
    }

    [Theory]
    [MemberData(nameof(TargetEdits))]
    public void Import_TargetEditedByTranslator_NewTextInTheSourcesMarkup(XliffVersion version, string source, string target, string expected)
    {
        var job = XliffTestJobs.OnePage(source);

        var result = XliffExchange.Import(WithTarget(version, job, "body#1", target), job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        Assert.Equal(expected, XliffAssert.Field(result, "body"));
        Assert.Equal("Ketamine treatment", XliffAssert.Field(result, "pageTitle"));
    }

    [Theory]
    [MemberData(nameof(FileEditsRefused))]
    public void Import_FileEditedOutsideTheRules_RefusedNothingApplied(XliffVersion version, string find, string replace, XliffImportStatus status, string messagePart)
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = XliffExchange.WriteToString(job, version).Replace(find, replace, StringComparison.Ordinal);

        XliffAssert.Refused(XliffExchange.Import(xliff, job), status, messagePart);
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_TranslatedAlt_ComesBackIntoTheImage(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage("<p>Where we are: <img src=\"/map.png\" alt=\"Map of the clinic\"></p>");
        var edited = WithTarget(version, job, "body#1@1.alt", "Mapa de la clínica");
        edited = WithTarget(version, edited, "body#1", "Dónde estamos: <x id=\"1\"/>");

        Assert.Equal("<p>Dónde estamos: <img src=\"/map.png\" alt=\"Mapa de la clínica\"></p>", XliffAssert.Field(XliffExchange.Import(edited, job), "body"));
    }

    [Theory]
    [MemberData(nameof(BrokenCodes))]
    public void Import_BrokenInlineCodes_UnitRejectedWithPreciseMessageAndNothingApplied(XliffVersion version, string target, string reason)
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);

        var result = XliffExchange.Import(WithTarget(version, job, "body#1", target), job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Equal(InVersion(version, reason), Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason);
        var document = Assert.Single(result.Documents);
        Assert.False(document.Applied);
        Assert.Empty(document.Fields);
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_OneDocumentRejected_OtherDocumentsStillApplied(XliffVersion version)
    {
        var (job, broken) = SampleClinicWithFirstDocumentBroken(version);

        var result = XliffExchange.Import(broken, job);

        Assert.Equal(XliffImportStatus.PartlyApplied, result.Status);
        Assert.False(result.Documents.Single(d => d.Key == job.Documents[0].Key).Applied);
        Assert.Equal(job.Documents.Count - 1, result.AppliedDocuments.Count());
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_OnFourThreads_SameDocumentsUnitsAndMessagesAsOnOne(XliffVersion version)
    {
        var (job, broken) = SampleClinicWithFirstDocumentBroken(version);

        var one = XliffExchange.Import(broken, job, new XliffImportOptions { MaxDegreeOfParallelism = 1 });
        var four = XliffExchange.Import(broken, job, new XliffImportOptions { MaxDegreeOfParallelism = 4 });

        Assert.Equal(XliffImportStatus.PartlyApplied, four.Status);
        Assert.Equal(Describe(one), Describe(four));
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_TitleOverTheLimit_Rejected(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage("<p>x</p>");

        var report = Assert.Single(XliffExchange.Import(WithTarget(version, job, "pageTitle", new string('a', 61)), job).Units, u => u.Outcome == XliffUnitOutcome.Rejected);

        Assert.Equal("Unit pageTitle: the target is 61 characters long; Page title allows at most 60.", report.Reason);
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_UnitWithoutTarget_RejectedAsUntranslated(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage("<p>x</p>", copySource: false);

        var result = XliffExchange.Import(XliffExchange.WriteToString(job, version), job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Contains(result.Units, u => u.Reason == "Unit pageTitle has no target.");
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_ScriptAndHandlersInTheSource_RemovedFromTheImportedHtml(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage("<p onclick=\"steal()\">Hi <a href=\"javascript:steal()\">there</a></p><script>steal()</script>");

        var field = XliffExchange.Import(XliffExchange.WriteToString(job, version), job).Documents.Single().Fields.Single(f => f.FieldPath == "body");

        Assert.Equal("<p>Hi <a>there</a></p>", field.Value);
        Assert.Equal(["onclick on <p>", "href on <a>", "<script>"], field.Removed);
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_AnotherJobsFile_RefusedNothingApplied(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);

        var result = XliffExchange.Import(XliffExchange.WriteToString(job with { JobId = "job-other" }, version), job);

        XliffAssert.Refused(result, XliffImportStatus.UnknownJob, "belongs to job job-other, not to job job-2024-001");
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_UnknownUnit_RejectedNothingApplied(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = XliffExchange.WriteToString(job, version).Replace("id=\"pageTitle\"", "id=\"pageTitle2\"", StringComparison.Ordinal);

        var result = XliffExchange.Import(xliff, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Contains(result.Units, u => u.Reason == $"Unit pageTitle2 is not part of job {XliffTestJobs.JobId} for document {XliffTestJobs.PageKey:D}.");
        Assert.Contains(result.Units, u => u.Reason == "Unit pageTitle is missing from the file.");
    }

    [Theory]
    [MemberData(nameof(AllVersions))]
    public void Import_TargetWithPredefinedEntities_Accepted(XliffVersion version)
    {
        var job = XliffTestJobs.OnePage("<p>Fish &amp; chips</p>");

        Assert.Equal("<p>Fish &amp; chips</p>", XliffAssert.Field(XliffExchange.Import(XliffExchange.WriteToString(job, version), job), "body"));
    }

    [Fact]
    public void Import_NeitherXliff12Nor2_RefusedNamingBothNamespaces()
    {
        var result = XliffExchange.Import("<tmx version=\"1.4\"><body/></tmx>", XliffTestJobs.OnePage("<p>x</p>"));

        XliffAssert.Refused(result, XliffImportStatus.NotXliff2, "urn:oasis:names:tc:xliff:document:2.2");
    }

    [Fact]
    public void FileName_AnyVersion_JobIdAndTargetCulture()
    {
        Assert.Equal("job-2024-001.es-ES.xlf", XliffExchange.FileName(XliffTestJobs.OnePage("<p>x</p>")));
    }

    /// <summary><paramref name="text12"/> (1.2 inline notation, or a message naming 1.2 codes) in <paramref name="version"/>'s notation.</summary>
    // The sample clinic's file with a code missing from the first document's first unit: that document is rejected, the rest apply.
    private static (XliffExportJob Job, string File) SampleClinicWithFirstDocumentBroken(XliffVersion version)
    {
        var job = XliffTestJobs.SampleClinicJob();
        var first = job.Documents[0];
        return (job, WithTarget(version, XliffExchange.WriteToString(job, version), first.Units[0].Id, "<g id=\"1\">x</g>", first.Key));
    }

    // Everything a reader of the result sees, in the order it is given: documents with their values, then every unit's outcome and reason.
    private static string[] Describe(XliffImportResult result) =>
    [
        .. result.Documents.Select(d => $"{d.Key} {d.Applied} {string.Join(" | ", d.Fields.Select(f => $"{f.FieldPath}={f.Value}"))}"),
        .. result.Units.Select(u => $"{u.DocumentKey} {u.UnitId} {u.Outcome} {u.Reason}"),
    ];

    private static string InVersion(XliffVersion version, string text12) => version == XliffVersion.Xliff12
        ? text12
        : text12.Replace("<g ", "<pc ", StringComparison.Ordinal).Replace("</g>", "</pc>", StringComparison.Ordinal)
            .Replace("<x ", "<ph ", StringComparison.Ordinal).Replace("<x>", "<ph>", StringComparison.Ordinal)
            .Replace(" ctype=\"link\"", string.Empty, StringComparison.Ordinal).Replace(" ctype=\"bold\"", string.Empty, StringComparison.Ordinal);

    private static string WithTarget(XliffVersion version, XliffExportJob job, string unit, string inline12) =>
        WithTarget(version, XliffExchange.WriteToString(job, version), unit, inline12, null);

    private static string WithTarget(XliffVersion version, string xliff, string unit, string inline12, Guid? documentKey = null) =>
        version == XliffVersion.Xliff12
            ? XliffTestJobs.WithTarget(xliff, unit, inline12, documentKey)
            : Xliff2TestFiles.WithTarget(xliff, unit, InVersion(version, inline12), documentKey);
}
