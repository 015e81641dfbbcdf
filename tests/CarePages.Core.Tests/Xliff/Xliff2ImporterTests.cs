using System.Xml.Linq;
using AngleSharp.Dom;
using CarePages.Core.Checks.Html;
using CarePages.Core.Xliff;

namespace CarePages.Core.Tests.Xliff;

public sealed class Xliff2ImporterTests
{
    private const string LinkParagraph = "<p>Call <a href=\"https://111.nhs.uk\" class=\"external\">NHS <strong>111</strong></a> if you feel unwell.</p>";
    private const string LinkParagraphImported = "<p>Call <a href=\"https://111.nhs.uk\">NHS <strong>111</strong></a> if you feel unwell.</p>";
    private const string LinkParagraphTranslated = "<p>Llame al <a href=\"https://111.nhs.uk\">servicio <strong>111</strong> del NHS</a> si se encuentra mal.</p>";

    [Theory]
    [MemberData(nameof(Xliff2TestFiles.Versions), MemberType = typeof(Xliff2TestFiles))]
    public void Import_SampleClinicPseudoTranslated_EveryFieldHasTheNewTextAndTheSourceHtml(XliffVersion version)
    {
        var job = XliffTestJobs.SampleClinicJob();
        var translated = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(job, version), UpperCaseTargetText);

        var result = Xliff2Importer.Import(translated, job);

        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Units.Select(u => u.Reason)));
        foreach (var document in job.Documents)
        {
            var fields = result.Documents.Single(d => d.Key == document.Key).Fields;
            Assert.Equal(document.Units.Select(u => u.FieldPath), fields.Select(f => f.FieldPath));
            foreach (var unit in document.Units)
            {
                var expected = unit.Kind == XliffFieldKind.PlainText ? unit.Source.ToUpperInvariant() : UpperCaseHtmlText(unit.Source);
                Assert.Equal(expected, fields.Single(f => f.FieldPath == unit.FieldPath).Value);
            }
        }
    }

    [Theory]
    [InlineData("translated")]
    [InlineData("reviewed")]
    [InlineData("final")]
    public void Import_TranslatorMarksSegmentsDone_ImportsTheTargets(string state)
    {
        foreach (var version in new[] { XliffVersion.Xliff21, XliffVersion.Xliff22 })
        {
            var job = XliffTestJobs.OnePage(LinkParagraph);
            var returned = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(job, version), document =>
            {
                UpperCaseTargetText(document);
                foreach (var segment in document.Descendants().Where(e => e.Name.LocalName == "segment"))
                {
                    segment.SetAttributeValue("state", state);
                }
            });

            var result = Xliff2Importer.Import(returned, job);

            Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Messages.Concat(result.Units.Select(u => u.Reason))));
            Assert.Equal("KETAMINE TREATMENT", XliffAssert.Field(result, "pageTitle"));
            Assert.Equal(UpperCaseHtmlText(LinkParagraphImported), XliffAssert.Field(result, "body"));
        }
    }

    [Theory]
    [InlineData("Llame al <pc id=\"1\">NHS <pc id=\"2\">111</pc></pc><sc id=\"9\"/>.", "Unit body#1: <sc id=\"9\"> has no matching <ec>.")]
    [InlineData("Llame al <sc id=\"1\"/>NHS <sc id=\"2\"/>111<ec startRef=\"1\"/><ec startRef=\"2\"/>.", "Unit body#1: <ec startRef=\"1\"> closes across <sc id=\"2\">; codes must nest. Unit body#1: <sc id=\"1\"> has no matching <ec>. Unit body#1: inline code <pc id=\"1\"> (a) is missing from the target.")]
    [InlineData("Llame al <pc id=\"1\">NHS <pc id=\"2\">111</pc></pc><cm/>.", "Unit body#1: the target holds <cm>, which this export never uses; keep only the source's <pc> and <ph/> codes.")]
    [InlineData("Llame al <pc id=\"1\" dataRefStart=\"d9\">NHS <pc id=\"2\">111</pc></pc>.", "Unit body#1: <pc id=\"1\"> has dataRefStart=\"d9\", which is not a <data> id of the unit's <originalData>.")]
    public void Import_BrokenInlineCodes_UnitRejectedWithPreciseMessageAndDocumentUnchanged(string target, string reason)
    {
        foreach (var version in new[] { XliffVersion.Xliff21, XliffVersion.Xliff22 })
        {
            var job = XliffTestJobs.OnePage(LinkParagraph);
            var edited = Xliff2TestFiles.WithTarget(Xliff2TestFiles.Write(job, version), "body#1", target);

            var result = Xliff2Importer.Import(edited, job);

            Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
            Assert.Equal(reason, Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason);
            var document = Assert.Single(result.Documents);
            Assert.False(document.Applied);
            Assert.Empty(document.Fields);
        }
    }

    [Fact]
    public void Import_SegmentSplitByTheTranslatorsTool_SegmentsAndIgnorableJoined()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var split = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document => ReplaceSegments(document, "body#1",
            ("segment", "Call <pc id=\"1\">NHS <pc id=\"2\">111</pc></pc>", "Llame al <pc id=\"1\">servicio <pc id=\"2\">111</pc> del NHS</pc>", null),
            ("ignorable", " ", null, null),
            ("segment", "if you feel unwell.", "si se encuentra mal.", null)));

        Assert.Equal(LinkParagraphTranslated, XliffAssert.Field(Xliff2Importer.Import(split, job), "body"));
    }

    [Fact]
    public void Import_SegmentSplitInsideAPairedCode_StartAndEndCodesJoinedBackIntoIt()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var split = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document => ReplaceSegments(document, "body#1",
            ("segment", "Call <sc id=\"1\" dataRef=\"d1\"/>NHS", "Llame al <sc id=\"1\" dataRef=\"d1\"/>servicio <pc id=\"2\">111</pc>", null),
            ("segment", " <pc id=\"2\">111</pc><ec startRef=\"1\" dataRef=\"d1e\"/> if you feel unwell.", " del NHS<ec startRef=\"1\" dataRef=\"d1e\"/> si se encuentra mal.", null)));

        var result = Xliff2Importer.Import(split, job);

        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Units.Select(u => u.Reason)));
        Assert.Equal(LinkParagraphTranslated, XliffAssert.Field(result, "body"));
    }

    [Fact]
    public void Import_SegmentsReorderedWithTargetOrder_JoinedInTargetOrder()
    {
        var job = XliffTestJobs.OnePage("<p>First. Second.</p>");
        var reordered = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document => ReplaceSegments(document, "body#1",
            ("segment", "First.", "Segundo.", "3"),
            ("ignorable", " ", " ", null),
            ("segment", "Second.", "Primero.", "1")));

        Assert.Equal("<p>Primero. Segundo.</p>", XliffAssert.Field(Xliff2Importer.Import(reordered, job), "body"));
    }

    [Fact]
    public void Import_OneOfTwoSegmentsUntranslated_UnitRejected()
    {
        var job = XliffTestJobs.OnePage("<p>First. Second.</p>");
        var half = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document => ReplaceSegments(document, "body#1",
            ("segment", "First. ", "Primero. ", null),
            ("segment", "Second.", null, null)));

        var result = Xliff2Importer.Import(half, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Equal("Unit body#1: segment 2 of 2 has no target.", Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason);
    }

    [Fact]
    public void Import_HostileOriginalDataWithoutAddresses_HtmlRebuiltFromTheJobsSource()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var hostile = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document =>
        {
            var data = document.Descendants(Xliff2TestFiles.Ns21 + "data").ToList();
            data.Single(d => (string?)d.Attribute("id") == "d1").Value = "<a onclick=\"steal()\">";
            data.Single(d => (string?)d.Attribute("id") == "d2").Value = "<script>steal()</script><strong onmouseover=\"steal()\">";
        });

        var result = Xliff2Importer.Import(hostile, job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        Assert.Equal(LinkParagraphImported, XliffAssert.Field(result, "body"));
    }

    [Theory]
    [InlineData("<a href=\"javascript:steal()\">", "javascript:steal()")]
    [InlineData("<a href=\"https://evil.example/\">", "https://evil.example/")]
    [InlineData("<a href=\"//evil.example\">", "//evil.example")]
    [InlineData("<a class=\"external\"><img src=\"https://evil.example/x.png\">", "https://evil.example/x.png")]
    [InlineData("<A HREF=\"https://evil.example/\">", "https://evil.example/")]
    public void Import_OriginalDataSmugglingAnotherAddress_UnitRejectedNamingItAndNothingApplied(string data, string address)
    {
        foreach (var version in new[] { XliffVersion.Xliff21, XliffVersion.Xliff22 })
        {
            var job = XliffTestJobs.OnePage(LinkParagraph);
            var smuggled = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(job, version), document =>
                document.Descendants(Xliff2TestFiles.NamespaceOf(version) + "data").Single(d => (string?)d.Attribute("id") == "d1").Value = data);

            var result = Xliff2Importer.Import(smuggled, job);

            Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
            var reason = Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason;
            Assert.StartsWith("Unit body#1: <data id=\"d1\"> of <originalData> gives the address", reason, StringComparison.Ordinal);
            Assert.Contains($"\"{address}\"", reason, StringComparison.Ordinal);
            Assert.Empty(result.AppliedDocuments);
        }
    }

    [Fact]
    public void Import_ExportWithoutAddressesTranslated_LinksAndImagesRestoredFromTheJob()
    {
        var html = "<p>See <img src=\"/map.png\" alt=\"Map\"> and <a href=\"https://111.nhs.uk/book?a=1&amp;b=2\" title=\"Book\">book</a>.</p>";
        var job = XliffTestJobs.OnePage(html);
        var xliff = Xliff2Writer.WriteToString(job);
        Assert.DoesNotContain("111.nhs.uk", xliff, StringComparison.Ordinal);
        var translated = Xliff2TestFiles.WithTarget(xliff, "body#1", "Vea <ph id=\"1\" dataRef=\"d1\"/> y <pc id=\"2\" dataRefStart=\"d2\" dataRefEnd=\"d2e\">reserve</pc>.");

        var result = Xliff2Importer.Import(translated, job);

        Assert.True(result.Status == XliffImportStatus.Success, string.Join('\n', result.Units.Select(u => u.Reason)));
        Assert.Equal("<p>Vea <img src=\"/map.png\" alt=\"Map\"> y <a href=\"https://111.nhs.uk/book?a=1&amp;b=2\" title=\"Book\">reserve</a>.</p>", XliffAssert.Field(result, "body"));
    }

    [Fact]
    public void Import_OriginalDataFromAnExportThatStillCarriedTheAddresses_Accepted()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var older = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document =>
            document.Descendants(Xliff2TestFiles.Ns21 + "data").Single(d => (string?)d.Attribute("id") == "d1").Value = "<a href=\"https://111.nhs.uk\" class=\"external\">");

        var result = Xliff2Importer.Import(older, job);

        Assert.Equal(XliffImportStatus.Success, result.Status);
        Assert.Equal(LinkParagraphImported, XliffAssert.Field(result, "body"));
    }

    [Fact]
    public void Import_PlaceholderAddedWithItsOwnScriptData_UnitRejectedNothingApplied()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), document =>
            document.Descendants(Xliff2TestFiles.Ns21 + "originalData").Single()
                .Add(new XElement(Xliff2TestFiles.Ns21 + "data", new XAttribute("id", "d9"), "<script>steal()</script>")));
        var edited = Xliff2TestFiles.WithTarget(xliff, "body#1", "Llame al <pc id=\"1\">NHS <pc id=\"2\">111</pc></pc><ph id=\"9\" dataRef=\"d9\"/>.");

        var result = Xliff2Importer.Import(edited, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Equal("Unit body#1: the target has inline code <ph id=\"9\">, which is not in the source.", Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason);
        Assert.Empty(result.AppliedDocuments);
    }

    [Fact]
    public void Import_ControlCharacterCopiedFromTheSourceAsCodePoint_IsRefusedSoItCannotReachPatientText()
    {
        // The writer still carries such a character out (as <cp>), but a target holding it would break later 1.2 exports.
        var job = XliffTestJobs.OnePage("<p>Bell\u0007here</p>");

        var result = Xliff2Importer.Import(Xliff2Writer.WriteToString(job), job);

        Assert.Contains("U+0007", Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MetadataStrippedByATool_RefusedAsCarryingNoJobId()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), d => d.Descendants(Xliff2TestFiles.Mda + "metadata").Remove());

        XliffAssert.Refused(Xliff2Importer.Import(xliff, job), XliffImportStatus.UnknownJob, "carries no job id");
    }

    [Fact]
    public void Import_Xliff12File_RefusedWithAClearPointerToThe12Import()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);

        XliffAssert.Refused(Xliff2Importer.Import(Xliff12Writer.WriteToString(job), job), XliffImportStatus.NotXliff2, "Import it as XLIFF 1.2");
    }

    [Fact]
    public void Import_UnitWithoutSegment_RefusedBySchemaValidation()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), d => Xliff2TestFiles.Unit(d, "pageTitle").Elements(Xliff2TestFiles.Ns21 + "segment").Remove());

        XliffAssert.Refused(Xliff2Importer.Import(xliff, job), XliffImportStatus.SchemaInvalid, "[schema] The element 'unit'");
    }

    [Fact]
    public void Import_FaultsOfTwoRules_RefusedWithBothInTheRulesOrderWithoutPositions()
    {
        var job = XliffTestJobs.OnePage(LinkParagraph);
        var xliff = Xliff2TestFiles.Edit(Xliff2Writer.WriteToString(job), d =>
        {
            Xliff2TestFiles.Unit(d, "pageTitle").Add(new XAttribute(XNamespace.Get("http://www.w3.org/2005/11/its") + "mtConfidence", "0.5"));
            var data = d.Descendants(Xliff2TestFiles.Ns21 + "data").First();
            data.AddAfterSelf(new XElement(data));
        });

        var result = Xliff2Importer.Import(xliff, job);

        Assert.Equal(XliffImportStatus.SchemaInvalid, result.Status);
        Assert.Equal(
        [
            "[unique-ids] The id \"d1\" of <data id=\"d1\"> is not unique: data ids must be unique within its <originalData>.",
            "[its-tools] <unit id=\"pageTitle\"> has its:mtConfidence but is in the scope of no its:annotatorsRef naming \"mt-confidence\"; the tool that produced the confidence must be recorded.",
        ], result.Messages);
    }

    private static void UpperCaseTargetText(XDocument document)
    {
        foreach (var text in document.Descendants().Where(e => e.Name.LocalName == "target").SelectMany(t => t.DescendantNodes()).OfType<XText>())
        {
            text.Value = text.Value.ToUpperInvariant();
        }
    }

    private static string UpperCaseHtmlText(string html)
    {
        var body = HtmlInput.ParseFragment(html).Body!;
        foreach (var text in body.Descendants<IText>())
        {
            text.Data = text.Data.ToUpperInvariant();
        }

        foreach (var element in body.Descendants<IElement>())
        {
            foreach (var name in new[] { "alt", "title" }.Where(element.HasAttribute))
            {
                element.SetAttribute(name, element.GetAttribute(name)!.ToUpperInvariant());
            }
        }

        return body.InnerHtml;
    }

    /// <summary>Replaces unit <paramref name="name"/>'s segments as a tool that resegments would write them.</summary>
    private static void ReplaceSegments(XDocument document, string name, params (string Kind, string Source, string? Target, string? Order)[] parts)
    {
        var ns = Xliff2TestFiles.Ns21;
        var unit = Xliff2TestFiles.Unit(document, name);
        unit.Elements().Where(e => e.Name == ns + "segment" || e.Name == ns + "ignorable").Remove();
        foreach (var (kind, source, target, order) in parts)
        {
            var part = XElement.Parse($"<{kind} xmlns=\"{ns}\"><source>{source}</source></{kind}>", LoadOptions.PreserveWhitespace);
            if (target is not null)
            {
                var content = XElement.Parse($"<target xmlns=\"{ns}\">{target}</target>", LoadOptions.PreserveWhitespace);
                if (order is not null)
                {
                    content.SetAttributeValue("order", order);
                }

                part.Add(content);
            }

            unit.Add(part);
        }
    }

    [Theory]
    [InlineData("Dosis <cp hex=\"001B\"/>alta", "U+001B")]
    [InlineData("Dosis <cp hex=\"FFFE\"/>alta", "U+FFFE")]
    [InlineData("Dosis <cp hex=\"0000\"/>alta", "U+0000")]
    [InlineData("Dosis \u0085alta", "U+0085")]
    public void Import_TargetWithAControlCharacterOrNoncharacter_UnitRejectedNamingItAndNothingApplied(string target, string character)
    {
        var job = XliffTestJobs.OnePage("<p>Hello</p>");
        var edited = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(job, XliffVersion.Xliff21), document =>
            document.Descendants(Xliff2TestFiles.Ns21 + "target").First().ReplaceNodes(System.Xml.Linq.XElement.Parse("<t xmlns=\"" + Xliff2TestFiles.Ns21 + "\">" + target + "</t>").Nodes()));

        var result = Xliff2Importer.Import(edited, job);

        Assert.Equal(XliffImportStatus.NothingApplied, result.Status);
        Assert.Contains(character, Assert.Single(result.Units, u => u.Outcome == XliffUnitOutcome.Rejected).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TargetWithATabAsCp_IsAccepted()
    {
        var job = XliffTestJobs.OnePage("<p>Hello</p>");
        var edited = Xliff2TestFiles.Edit(Xliff2TestFiles.Write(job, XliffVersion.Xliff21), document =>
            document.Descendants(Xliff2TestFiles.Ns21 + "target").First().ReplaceNodes(System.Xml.Linq.XElement.Parse("<t xmlns=\"" + Xliff2TestFiles.Ns21 + "\">Dosis<cp hex=\"0009\"/>alta</t>").Nodes()));

        Assert.DoesNotContain(Xliff2Importer.Import(edited, job).Units, u => u.Outcome == XliffUnitOutcome.Rejected);
    }
}
