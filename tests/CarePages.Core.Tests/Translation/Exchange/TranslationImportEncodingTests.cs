using System.Text;
using CarePages.Core.Documents;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Tests.Translation.TestSupport;
using CarePages.Core.Translation.Exchange;
using CarePages.Core.Translation.Jobs;
using CarePages.Core.Translation.Units;
using static CarePages.Core.Tests.Translation.TestSupport.TranslationTestData;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>
/// A returned file is read in the encoding its byte order mark names, as <c>carepages xliff validate</c> reads it, and
/// a file with a DTD is refused with the DTD named rather than as "neither XLIFF nor Markdown".
/// </summary>
public sealed class TranslationImportEncodingTests
{
    private static readonly FieldPath Medication = FieldPath.Of(TreatmentRouteType.Medication);

    public static TheoryData<ExchangeFormat, string> FormatsAndEncodings()
    {
        var data = new TheoryData<ExchangeFormat, string>();
        foreach (var format in new[] { ExchangeFormat.Xliff12, ExchangeFormat.Xliff21, ExchangeFormat.Markdown })
        {
            foreach (var encoding in new[] { "utf-16", "utf-16BE", "utf-32", "utf-32BE" })
            {
                data.Add(format, encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndEncodings))]
    public async Task Import_FileWithAByteOrderMark_IsReadInThatEncodingAndSaved(ExchangeFormat format, string encodingName)
    {
        var fixture = new ExchangeFixture();
        var text = Encoding.UTF8.GetString(Assert.Single((await fixture.ExportRouteAsync(format)).Files).Content.Span)
            .Replace(">ketamine<", ">kétamine<", StringComparison.Ordinal)
            .Replace("\nketamine\n", "\nkétamine\n", StringComparison.Ordinal);
        var encoding = Encoding.GetEncoding(encodingName);

        var report = await fixture.Import.ImportAsync(new MemoryStream(WithByteOrderMark(text, encoding)), ExchangeFixture.Claire);

        Assert.True(report.Status == TranslationImportStatus.Success, string.Join(" ", report.Messages.Concat(report.Documents.Select(d => d.Reason ?? string.Empty))));
        Assert.Equal("kétamine", TranslatableUnits.TextAt(CultureDocumentFactory.Create(fixture.Drafts[IntranasalRouteKey], "fr-FR"), Medication));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public async Task Import_FileWithADtd_RefusedNamingTheDtdAndNothingSaved(string encodingName)
    {
        var fixture = new ExchangeFixture();
        const string file = """<?xml version="1.0" encoding="utf-8"?><!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">&e;</xliff>""";

        var report = await fixture.Import.ImportAsync(new MemoryStream(WithByteOrderMark(file, Encoding.GetEncoding(encodingName))), ExchangeFixture.Claire);

        Assert.Equal(TranslationImportStatus.FileRefused, report.Status);
        Assert.Contains("DOCTYPE; DTDs and entities are refused", Assert.Single(report.Messages), StringComparison.Ordinal);
        Assert.Empty(fixture.Drafts.Saves);
    }

    [Fact]
    public void Read_Utf16XliffFile_FindsTheFormatAndTheJob()
    {
        const string file = """<?xml version="1.0" encoding="utf-16"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file><header><phase-group><phase phase-name="x" process-name="translation" job-id="job-1"/></phase-group></header></file></xliff>""";

        var identity = ExchangeFileIdentity.Read(WithByteOrderMark(file, Encoding.Unicode));

        Assert.Equal(new ExchangeFileIdentity(ExchangeFormat.Xliff12, "job-1"), identity);
    }

    // The bytes a translator's tool writes: the byte order mark, then the text, its XML declaration naming the encoding.
    private static byte[] WithByteOrderMark(string text, Encoding encoding) =>
        [.. encoding.GetPreamble(), .. encoding.GetBytes(text.Replace("encoding=\"utf-8\"", $"encoding=\"{encoding.WebName}\"", StringComparison.OrdinalIgnoreCase))];
}
