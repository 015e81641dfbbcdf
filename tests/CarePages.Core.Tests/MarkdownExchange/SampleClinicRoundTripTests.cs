using CarePages.Core.Documents;
using CarePages.Core.SampleContent;
using CarePages.Core.Schema;

namespace CarePages.Core.Tests.MarkdownExchange;

public sealed class SampleClinicRoundTripTests
{
    public static TheoryData<string, string, string> EveryRichTextField()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var request in SampleClinic.Documents)
        {
            foreach (var culture in SampleClinic.Cultures)
            {
                var document = CultureDocumentFactory.Create(request, culture);
                foreach (var (path, html) in RichTextValues(document.Fields, document.Name))
                {
                    data.Add(culture, path, html);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRichTextField))]
    public void RoundTrip_SampleRichTextField_KeepsStructureLinksAndText(string culture, string path, string html)
    {
        Assert.False(string.IsNullOrEmpty(culture + path));

        RoundTrip.AssertSurvives(html);
    }

    [Fact]
    public void EveryRichTextField_CoversRichTextInEveryCulture()
    {
        var fields = EveryRichTextField().Select(row => (string)row[0]).ToList();

        Assert.All(SampleClinic.Cultures, culture => Assert.True(fields.Count(c => c == culture) >= 10, $"{culture}: {fields.Count(c => c == culture)} fields"));
    }

    private static IEnumerable<(string Path, string Html)> RichTextValues(IEnumerable<DocumentField> fields, string where)
    {
        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.RichText && !string.IsNullOrWhiteSpace(field.Text))
            {
                yield return ($"{where}.{field.Alias}", field.Text);
            }

            foreach (var element in field.Elements)
            {
                foreach (var nested in RichTextValues(element.Fields, $"{where}.{field.Alias}[{element.Key}]"))
                {
                    yield return nested;
                }
            }
        }
    }
}
