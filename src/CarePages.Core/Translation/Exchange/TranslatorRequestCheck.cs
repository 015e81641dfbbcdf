using CarePages.Core.Ports;
using CarePages.Core.Translation.Messages;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Exchange;

/// <summary>
/// The checks a request to write translations of documents into one culture passes first (an export, a machine
/// pre-fill): given the site's cultures, the culture in the site's spelling (so jobs, states and drafts never carry a
/// second one) or refused when the site lacks it; then at least one document, not the source culture, and a culture
/// the user works on.
/// </summary>
internal static class TranslatorRequestCheck
{
    /// <summary>The culture as the site spells it, or why the request is refused.</summary>
    public static async Task<(string Culture, TranslatorRefusal? Refusal)> CheckAsync(
        IContentCultureCatalogue? cultures, string sourceCulture, IReadOnlyCollection<Guid> documentKeys, string culture, TranslationActor actor, CancellationToken cancellationToken)
    {
        if (cultures is not null)
        {
            var site = await SiteCultures.LoadAsync(cultures, cancellationToken).ConfigureAwait(false);
            if (site.Resolve(culture) is not { } spelled)
            {
                return (culture, new TranslatorRefusal(TranslatorRefusalKind.UnknownCulture, site.Unknown(culture)));
            }

            culture = spelled;
        }

        if (documentKeys.Count == 0)
        {
            return (culture, new TranslatorRefusal(TranslatorRefusalKind.NoDocuments, ExchangeNote.Keyed(ExportMessages.NoDocuments)));
        }

        if (string.Equals(culture, sourceCulture, StringComparison.OrdinalIgnoreCase))
        {
            return (culture, new TranslatorRefusal(TranslatorRefusalKind.TargetIsSourceCulture, ExchangeNote.Keyed(ExportMessages.TargetIsSource, ("culture", culture))));
        }

        return actor.MayWorkOn(culture)
            ? (culture, null)
            : (culture, new TranslatorRefusal(TranslatorRefusalKind.CultureNotAllowed,
                ExchangeNote.Keyed(ExportMessages.CultureNotAllowed, ("user", actor.DisplayName), ("culture", culture), ("languages", string.Join(", ", actor.Cultures)))));
    }
}
