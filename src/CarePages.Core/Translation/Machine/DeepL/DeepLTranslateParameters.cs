namespace CarePages.Core.Translation.Machine.DeepL;

/// <summary>What every <c>/v2/translate</c> request of one translation sends besides its texts.</summary>
/// <param name="Source">The <c>source_lang</c> (<c>EN</c>).</param>
/// <param name="Target">The <c>target_lang</c> (<c>ES</c>, <c>EN-GB</c>).</param>
/// <param name="Formality">The <c>formality</c>, or null for DeepL's default.</param>
/// <param name="GlossaryId">The <c>glossary_id</c>, or null without a glossary.</param>
internal sealed record DeepLTranslateParameters(string Source, string Target, string? Formality, string? GlossaryId);
