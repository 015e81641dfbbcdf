using CarePages.Core.Documents;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Labels;
using CarePages.Core.Translation.Units;

namespace CarePages.Core.Translation.Exchange;

/// <summary>Names a document's fields for people, by the labels of its source version, to write notes that name a field.</summary>
internal static class SourceFieldLabels
{
    /// <summary>The labeller of document <paramref name="key"/>'s fields in <paramref name="uiCulture"/> (their schema labels when the document is gone).</summary>
    public static async Task<Func<FieldPath, string>> ForAsync(IDraftContentStore content, Guid key, string sourceCulture, string uiCulture, CancellationToken cancellationToken)
    {
        var draft = await content.GetDraftAsync(key, cancellationToken).ConfigureAwait(false);
        var source = draft?.NameIn(sourceCulture) is null ? null : CultureDocumentFactory.Create(draft, sourceCulture);
        return path => FieldLabels.Of(path, source, uiCulture);
    }
}
