using CarePages.Core.Checks;
using CarePages.Core.Checks.Rules.Images;
using CarePages.Core.Checks.Rules.Links;
using CarePages.Core.Documents;
using CarePages.Core.SampleContent;

namespace CarePages.Core.Tests.Checks.Rules.Links;

/// <summary>The corrected sample clinic is what editors are shown as good content: the image and link rules must stay quiet on it.</summary>
public class SampleClinicLinkAndImageTests
{
    private static readonly CheckEngine Engine = new(new CheckRuleSetBuilder().AddRange([.. ImageRules.Create(), .. LinkRules.Create()]).Build());

    public static TheoryData<string, string> DocumentsAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in SampleClinic.Documents)
        {
            foreach (var culture in SampleClinic.Cultures)
            {
                data.Add(document.Id.ToString(), culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentsAndCultures))]
    public void CheckDocument_SampleClinic_FindsNothing(string id, string culture)
    {
        var request = SampleClinic.Documents.Single(d => d.Id.ToString() == id);

        var findings = Engine.CheckDocument(CultureDocumentFactory.Create(request, culture), new CheckRequest { Culture = culture }).Findings;

        Assert.Empty(findings);
    }
}
