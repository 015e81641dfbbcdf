using CarePages.Core.Translation.Glossary;

namespace CarePages.Core.Translation.Machine;

/// <summary>Segments to translate from one culture into another.</summary>
/// <param name="SourceCulture">The source culture (<c>en-GB</c>).</param>
/// <param name="TargetCulture">The target culture (<c>es-ES</c>).</param>
/// <param name="Segments">The segments, in XLIFF 1.2 inline markup (see <see cref="IMachineTranslationEngine"/>).</param>
/// <param name="Glossary">
/// The pair's glossary, for engines that can be told required terms (a DeepL glossary, Azure's dynamic dictionary);
/// the package checks every term in the output whatever the engine does with it.
/// </param>
public sealed record MachineTranslationRequest(string SourceCulture, string TargetCulture, IReadOnlyList<string> Segments, LanguagePairGlossary? Glossary = null);
