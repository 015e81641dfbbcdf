using CarePages.Core.MarkdownExchange;
using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Exchange;

/// <summary>The fields of a job's document as the Markdown exchange sees them, from the source as it was sent.</summary>
internal static class JobFields
{
    public static IReadOnlyList<ExchangeField> Of(XliffExportDocument document) =>
        document.Units.Select(u => new ExchangeField(u.FieldPath, u.Note ?? u.FieldPath, u.Kind.ToFieldKind(), u.MaxLength, u.Source)).ToArray();
}
