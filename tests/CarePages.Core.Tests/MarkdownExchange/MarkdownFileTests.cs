using CarePages.Core.Documents;
using CarePages.Core.MarkdownExchange;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;
using CarePages.Core.Schema.ContentTypes;

namespace CarePages.Core.Tests.MarkdownExchange;

public sealed class MarkdownFileTests
{
    private static readonly CultureDocument Route = CultureDocumentFactory.Create(
        SampleClinic.Documents.First(d => d.Id == new Guid("92fad090-b178-4abd-bfd1-7a2b695c4f92")), SampleClinic.SourceCulture);

    private static readonly ExchangeFileHeader Header = new("job-17", Route.Key, "en-GB", "es-ES");

    private static IReadOnlyList<ExchangeField> Fields => TranslatableFields.Of(Route);

    private static string Exported => MarkdownFileWriter.Write(Header, Fields).Value;

    [Fact]
    public void Of_SampleRoute_ListsNameTextFieldsAndBlockFieldsButNoChoices()
    {
        var ids = Fields.Select(f => f.Id).ToList();

        Assert.Equal(ExchangeField.NodeName, ids[0]);
        Assert.Contains(TreatmentRouteType.HowItWorks, ids);
        Assert.Contains(ids, id => id.StartsWith(TreatmentRouteType.Benefits + "[", StringComparison.Ordinal) && id.EndsWith("]." + BenefitElementType.Title, StringComparison.Ordinal));
        Assert.DoesNotContain(TreatmentRouteType.RouteOfAdministration, ids);
    }

    [Fact]
    public void Write_SampleRoute_HasHeaderAndOneMarkerPerFieldWithLabelAndLimit()
    {
        var text = Exported;

        Assert.StartsWith("<!-- carepages-translation\njob: job-17\ndocument: 92fad090-b178-4abd-bfd1-7a2b695c4f92\nsource: en-GB\ntarget: es-ES\n-->\n", text, StringComparison.Ordinal);
        Assert.All(Fields, f => Assert.Contains($"<!-- field: {f.Id} | ", text, StringComparison.Ordinal));
        Assert.Contains("<!-- field: metaDescription | Meta description | plain text, several lines | at most 160 characters -->", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnchangedExport_GivesBackEveryFieldInNormalForm()
    {
        var import = MarkdownFileReader.Read(Exported, Header, Fields);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal(Fields.Select(f => f.Id), import.Fields.Select(f => f.Id));
        foreach (var field in Fields)
        {
            var expected = field.Kind == FieldKind.RichText ? RichTextNormaliser.Normalise(field.Value).Value : field.Value.Trim();
            Assert.Equal(expected, import.Fields.Single(f => f.Id == field.Id).Value);
        }
    }

    [Fact]
    public void Read_TranslatedFile_GivesTranslatedPlainAndRichText()
    {
        var text = Exported
            .Replace("Intranasal ketamine", "Ketamina intranasal", StringComparison.Ordinal)
            .Replace("<!-- field: typicalOnset", "<!-- A note from the translator -->\n<!-- field: typicalOnset", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text.Replace("\n", "\r\n", StringComparison.Ordinal), Header, Fields);

        Assert.True(import.Succeeded, string.Join("\n", import.Errors));
        Assert.Equal("Ketamina intranasal", import.Fields.Single(f => f.Id == ExchangeField.NodeName).Value);
        Assert.DoesNotContain("translator", import.Fields.Single(f => f.Id == TreatmentRouteType.AdministeredBy).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingMarker_NamesTheField()
    {
        var text = Exported.Replace("<!-- field: sideEffects |", "<!-- sideEffects |", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields);

        var error = Assert.Single(import.Errors);
        Assert.Equal(MarkdownImportErrorKind.MissingField, error.Kind);
        Assert.Equal(TreatmentRouteType.SideEffects, error.FieldId);
        Assert.Empty(import.Fields);
    }

    [Fact]
    public void Read_UnknownAndDuplicateMarkers_AreReportedWithTheirLines()
    {
        var text = Exported + "\n<!-- field: howItWorks -->\nAgain\n<!-- field: dosage -->\nMade up\n";

        var import = MarkdownFileReader.Read(text, Header, Fields);

        var lines = text.Split('\n');
        Assert.Collection(
            import.Errors,
            e => Assert.Equal((MarkdownImportErrorKind.DuplicateField, "howItWorks", Array.IndexOf(lines, "<!-- field: howItWorks -->") + 1), (e.Kind, e.FieldId, e.Line)),
            e => Assert.Equal((MarkdownImportErrorKind.UnknownField, "dosage", Array.IndexOf(lines, "<!-- field: dosage -->") + 1), (e.Kind, e.FieldId, e.Line)));
    }

    [Fact]
    public void Read_MarkerMissingItsEnd_IsABrokenMarker()
    {
        var text = Exported.Replace("<!-- field: sideEffects | Side effects | rich text -->", "<!-- field: sideEffects", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields);

        Assert.Contains(import.Errors, e => e.Kind == MarkdownImportErrorKind.BrokenFieldMarker);
    }

    [Theory]
    [InlineData("job: job-17", "job: job-18", MarkdownImportErrorKind.WrongJob)]
    [InlineData("target: es-ES", "target: ar", MarkdownImportErrorKind.WrongCulture)]
    [InlineData("document: 92fad090", "document: 00000000", MarkdownImportErrorKind.WrongDocument)]
    [InlineData("<!-- carepages-translation", "# Translation", MarkdownImportErrorKind.MissingHeader)]
    [InlineData("target: es-ES\n", "", MarkdownImportErrorKind.MissingHeader)]
    public void Read_FileForAnotherJobDocumentOrCulture_IsRefused(string original, string changed, MarkdownImportErrorKind expected)
    {
        var import = MarkdownFileReader.Read(Exported.Replace(original, changed, StringComparison.Ordinal), Header, Fields);

        Assert.Equal(expected, Assert.Single(import.Errors).Kind);
    }

    [Fact]
    public void Read_TextBeforeFirstField_IsReported()
    {
        var text = Exported.Replace("<!-- Translate", "Stray text\n<!-- Translate", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields);

        Assert.Equal(MarkdownImportErrorKind.TextOutsideField, Assert.Single(import.Errors).Kind);
    }

    [Theory]
    [InlineData("<div><em>", 100_000)]
    [InlineData("> ", 200_000)]
    [InlineData("- ", 50_000)]
    public void Read_RichTextNestedFarDeeperThanAnyPage_RefusesThatFieldInsteadOfOverflowingTheStack(string opener, int depth)
    {
        var marker = Exported.Split('\n').First(l => l.StartsWith($"<!-- field: {TreatmentRouteType.HowItWorks} |", StringComparison.Ordinal));
        var text = Exported.Replace(marker, marker + "\n" + string.Concat(Enumerable.Repeat(opener, depth)) + "x\n", StringComparison.Ordinal);

        // No field limit, so that the nesting is what refuses the field (the default limit would refuse it first).
        var import = MarkdownFileReader.Read(text, Header, Fields, maxFieldLength: int.MaxValue);

        Assert.Empty(import.Fields);
        var error = Assert.Single(import.Errors);
        Assert.Equal((MarkdownImportErrorKind.NestingTooDeep, TreatmentRouteType.HowItWorks), (error.Kind, error.FieldId));
        Assert.Contains("nested more than 64", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Read_FieldLongerThanTheLimit_RefusesThatFieldNamingItAndTheLimitBeforeConvertingIt()
    {
        var marker = Exported.Split('\n').First(l => l.StartsWith($"<!-- field: {TreatmentRouteType.Medication} |", StringComparison.Ordinal));
        var text = Exported.Replace(marker, marker + "\n" + string.Concat(Enumerable.Repeat("dosis ", 20_000)) + "\n", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields, maxFieldLength: 100_000);

        Assert.Empty(import.Fields);
        var error = Assert.Single(import.Errors);
        Assert.Equal((MarkdownImportErrorKind.FieldTooLong, TreatmentRouteType.Medication), (error.Kind, error.FieldId));
        Assert.Contains("more than the limit of 100,000 for one field", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Read_FieldWithAnEscapeCharacter_RefusesThatFieldNamingTheCharacter()
    {
        var marker = Exported.Split('\n').First(l => l.StartsWith($"<!-- field: {TreatmentRouteType.HowItWorks} |", StringComparison.Ordinal));
        var text = Exported.Replace(marker, marker + "\nDosis \u001b[31m alta\n", StringComparison.Ordinal);

        var import = MarkdownFileReader.Read(text, Header, Fields);

        var error = Assert.Single(import.Errors);
        Assert.Equal((MarkdownImportErrorKind.RefusedCharacter, TreatmentRouteType.HowItWorks), (error.Kind, error.FieldId));
        Assert.Contains("U+001B", error.Message, StringComparison.Ordinal);
        Assert.Empty(import.Fields);
    }
}
