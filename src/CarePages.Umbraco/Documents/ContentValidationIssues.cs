using CarePages.Core.Ports;
using Umbraco.Cms.Core.Models.ContentEditing;

namespace CarePages.Umbraco.Documents;

/// <summary>The property validation errors Umbraco reports on a save that still happened, one issue per message.</summary>
internal static class ContentValidationIssues
{
    public static DraftValidationIssue[] Of(ContentValidationResult? result) => result is null
        ? []
        : result.ValidationErrors.SelectMany(e => e.ErrorMessages.DefaultIfEmpty("is not valid").Select(m => new DraftValidationIssue(e.Alias, e.Culture, m))).ToArray();
}
