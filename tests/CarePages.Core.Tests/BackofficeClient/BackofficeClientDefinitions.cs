using System.Text;
using System.Text.Json;
using CarePages.Core.Schema;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Tests.BackofficeClient;

/// <summary>
/// Writes the backoffice client's copy of the C# definitions it needs by name: the document type aliases, the
/// translation status names and the review steps, each as the API writes it (its JSON name).
/// </summary>
internal static class BackofficeClientDefinitions
{
    /// <summary>The committed file, relative to the repository root.</summary>
    public const string CommittedCopy = "umbraco-packages/care-pages/src/api/definitions.generated.ts";

    /// <summary>The environment variable that makes the drift test rewrite the committed file instead of failing.</summary>
    public const string UpdateVariable = "CAREPAGES_UPDATE_CLIENT_DEFINITIONS";

    /// <summary>The TypeScript module, with LF line endings.</summary>
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("// Generated from the C# definitions by tests/CarePages.Core.Tests/BackofficeClient; do not edit.\n");
        text.Append($"// After changing them, run `{UpdateVariable}=1 dotnet test tests/CarePages.Core.Tests --filter BackofficeClientDefinitions` and commit this file.\n");
        Constant(text, "The CarePages document types (CarePagesSchema's content types of kind Document).", "DOCUMENT_TYPE_ALIASES",
            CarePagesSchema.ContentTypes.Where(t => t.Kind == ContentTypeKind.Document).Select(t => t.Alias));
        Constant(text, "Every translation status, in workflow order (TranslationStatus).", "TRANSLATION_STATUSES", JsonNames<TranslationStatus>());
        Constant(text, "The review steps of `translation/documents/{key}/cultures/{culture}/{step}` (ReviewStep).", "REVIEW_STEPS", JsonNames<ReviewStep>());
        return text.ToString();
    }

    private static void Constant(StringBuilder text, string summary, string name, IEnumerable<string> values) =>
        text.Append($"\n/** {summary} */\nexport const {name} = [{string.Join(", ", values.Select(Quote))}] as const;\n");

    private static IEnumerable<string> JsonNames<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(v))!);

    private static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
