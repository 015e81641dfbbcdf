using CarePages.TestSupport;

namespace CarePages.Core.Tests.BackofficeClient;

/// <summary>
/// The client's generated copy of the document types, status names and review steps must match the C# definitions.
/// With <c>CAREPAGES_UPDATE_CLIENT_DEFINITIONS=1</c> the drift test rewrites the copy instead of failing.
/// </summary>
public sealed class BackofficeClientDefinitionsTests
{
    [Fact]
    public async Task Committed_ComparedWithTheCSharpDefinitions_IsTheSame()
    {
        var generated = BackofficeClientDefinitions.Render();
        var path = Path.Combine(RepositoryRoot.Path, BackofficeClientDefinitions.CommittedCopy);

        if (Environment.GetEnvironmentVariable(BackofficeClientDefinitions.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, generated);
            return;
        }

        var hint = $"run the tests with {BackofficeClientDefinitions.UpdateVariable}=1 and commit the result.";
        Assert.True(File.Exists(path), $"{BackofficeClientDefinitions.CommittedCopy} is missing; {hint}");
        var committed = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        Assert.True(committed == generated, $"{BackofficeClientDefinitions.CommittedCopy} differs from the C# definitions; {hint}");
    }

    [Fact]
    public void Render_DocumentTypes_AreTheThreePageTypesAndNoElementOrComposition()
    {
        var line = Line("DOCUMENT_TYPE_ALIASES");

        Assert.Equal("export const DOCUMENT_TYPE_ALIASES = ['carePagesCondition', 'carePagesTreatmentRoute', 'carePagesTreatmentOverview'] as const;", line);
    }

    [Fact]
    public void Render_ReviewSteps_AreWrittenAsTheRouteWritesThem()
    {
        var line = Line("REVIEW_STEPS");

        Assert.Equal("export const REVIEW_STEPS = ['submit', 'approve', 'edited', 'no-retranslation'] as const;", line);
    }

    [Fact]
    public void Render_TranslationStatuses_AreInWorkflowOrder()
    {
        var line = Line("TRANSLATION_STATUSES");

        Assert.Equal("export const TRANSLATION_STATUSES = ['Untranslated', 'InTranslation', 'MachineTranslated', 'Translated', 'InReview', 'Approved', 'Outdated'] as const;", line);
    }

    private static string Line(string constant) =>
        BackofficeClientDefinitions.Render().Split('\n').Single(l => l.StartsWith($"export const {constant} ", StringComparison.Ordinal));
}
