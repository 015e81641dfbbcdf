using CarePages.Core.Translation.Exchange;

namespace CarePages.Core.Tests.Translation.Exchange;

/// <summary>The one decision of an import's overall status from what became of each document.</summary>
public sealed class ImportStatusDecisionTests
{
    /// <summary>One letter a document: Applied, already applied Before, newer translations Kept, Not applied.</summary>
    [Theory]
    [InlineData("", TranslationImportStatus.NothingApplied)]
    [InlineData("AA", TranslationImportStatus.Success)]
    [InlineData("AB", TranslationImportStatus.Success)]
    [InlineData("BB", TranslationImportStatus.AlreadyApplied)]
    [InlineData("AK", TranslationImportStatus.NeedsConfirmation)]
    [InlineData("BK", TranslationImportStatus.NeedsConfirmation)]
    [InlineData("AN", TranslationImportStatus.PartlyApplied)]
    [InlineData("AKN", TranslationImportStatus.PartlyApplied)]
    [InlineData("NK", TranslationImportStatus.NothingApplied)]
    [InlineData("N", TranslationImportStatus.NothingApplied)]
    public void Of_DocumentOutcomes_TheFilesStatus(string documents, TranslationImportStatus expected)
    {
        var outcomes = documents.Select(d => d switch
        {
            'A' => DocumentImportOutcome.Applied,
            'B' => DocumentImportOutcome.AlreadyApplied,
            'K' => DocumentImportOutcome.NewerTranslationKept,
            _ => DocumentImportOutcome.NotApplied,
        }).ToArray();

        Assert.Equal(expected, ImportStatusDecision.Of(outcomes));
    }
}
