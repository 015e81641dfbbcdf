using CarePages.Cli.Tests.TestSupport;

namespace CarePages.Cli.Tests.Output;

/// <summary>The default text report: grouped by file, every part of a finding on its own line, then a summary.</summary>
public class TextFormatTests
{
    [Fact]
    public void Text_Finding_ShowsEveryPartAnEditorNeeds()
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", Content.DefectiveFragment);

        var lines = folder.Run("check", "fragment.html", "--culture", "en-GB").Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("fragment.html", lines[0]);
        Assert.Equal("  [block] image-alt-missing", lines[1]);
        Assert.Equal("    Culture: en-GB", lines[2]);
        Assert.Equal("    WCAG: 1.1.1   ACT: 23a2a8", lines[3]);
        Assert.StartsWith("    This image has no text alternative", lines[4], StringComparison.Ordinal);
        Assert.StartsWith("    Hint: Describe what the image tells the patient", lines[5], StringComparison.Ordinal);
        Assert.Equal("    Snippet: <img src=\"scan.png\">", lines[6]);
        Assert.Contains("1 file checked, 1 with findings: 1 blocker, 0 warnings, 0 notes.", lines);
    }

    [Fact]
    public void Text_DocumentFinding_NamesTheProperty()
    {
        using var folder = new TempFolder();
        folder.Write("route.json", Content.DefectiveDocument());

        var result = folder.Run("check", "route.json", "--culture", "es-ES");

        Assert.Contains("    Culture: es-ES   Property: How it works (howItWorks)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Folder_GroupsByFileAndCountsEveryFile()
    {
        using var folder = new TempFolder();
        folder.Write("c/a.html", Content.DefectiveFragment);
        folder.Write("c/b.html", Content.CleanFragment);
        folder.Write("c/c.html", Content.DefectiveFragment);

        var output = folder.Run("check", "c", "--culture", "en-GB").Output;

        Assert.True(output.IndexOf("c/a.html", StringComparison.Ordinal) < output.IndexOf("c/c.html", StringComparison.Ordinal));
        Assert.DoesNotContain("c/b.html", output, StringComparison.Ordinal);
        Assert.Contains("3 files checked, 2 with findings: 2 blockers, 0 warnings, 0 notes.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_UiCultureArabic_LabelsAndSummaryAreArabicWithTheirPluralForms()
    {
        using var folder = new TempFolder();
        folder.Write("c/a.html", Content.DefectiveFragment);
        folder.Write("c/b.html", Content.CleanFragment);
        folder.Write("c/c.html", Content.DefectiveFragment);

        var output = folder.Run("check", "c", "--culture", "en-GB", "--ui-culture", "ar").Output;

        Assert.Contains("    الثقافة: en-GB", output, StringComparison.Ordinal);
        Assert.Contains("    تلميح: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Culture:", output, StringComparison.Ordinal);
        Assert.Contains("فُحصت 3 ملفات، ملفان فيهما نتائج: عائقان، لا تحذيرات، لا ملاحظات.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Content.DefectiveFragment, "fr", "1 fichier vérifié, 1 avec des constats : 1 point bloquant, 0 avertissement, 0 remarque.")]
    [InlineData(Content.CleanFragment, "es-ES", "1 archivo comprobado: sin hallazgos.")]
    public void Text_UiCulture_SummaryInThatLanguageWithItsSingularForms(string fragment, string uiCulture, string summary)
    {
        using var folder = new TempFolder();
        folder.Write("fragment.html", fragment);

        var output = folder.Run("check", "fragment.html", "--culture", "en-GB", "--ui-culture", uiCulture).Output;

        Assert.Equal(summary, output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n')[^1]);
    }
}
