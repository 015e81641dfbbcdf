using CarePages.Core.Translation.Messages;

namespace CarePages.Core.Translation.Exchange;

/// <summary>A request refused by <see cref="TranslatorRequestCheck"/>, with the note that says why.</summary>
/// <param name="Kind">Which check refused it.</param>
/// <param name="Note">The reason, for the reader.</param>
internal sealed record TranslatorRefusal(TranslatorRefusalKind Kind, ExchangeNote Note);
