using CarePages.Core.Text;

namespace CarePages.Core.Readability;

/// <summary>
/// The formula and target per language for patient information (reference: accessibility-rules §6). Languages without
/// their own formula use LIX, which needs no syllable counts; Arabic uses OSMAN.
/// </summary>
public sealed record ReadabilityTargets
{
    /// <summary>The package defaults.</summary>
    public static ReadabilityTargets Default { get; } = new();

    /// <summary>Highest Flesch–Kincaid grade for English (US grade 8; NIH and CDC ask for 8th grade or below).</summary>
    public double EnglishMaxGrade { get; init; } = 8;

    /// <summary>Lowest Szigriszt-Pazos score for Spanish: 55 is where INFLESZ's "normal" band starts.</summary>
    public double SpanishMinInflesz { get; init; } = 55;

    /// <summary>Lowest Kandel &amp; Moles score for French.</summary>
    public double FrenchMinKandelMoles { get; init; } = 60;

    /// <summary>Lowest Amstad score for German.</summary>
    public double GermanMinAmstad { get; init; } = 60;

    /// <summary>
    /// Lowest OSMAN score for Arabic. OSMAN keeps Flesch Reading Ease's scale (an intercept near 200, 1.015 per word of
    /// sentence length, higher is easier) and was fitted to agree with Flesch on parallel English and Arabic text, so the
    /// plain-language band of the Flesch family, 60 and up (grade 8–9, "plain English"), is the target, as for French and
    /// German. No published OSMAN band for patient information exists to prefer.
    /// </summary>
    public double ArabicMinOsman { get; init; } = 60;

    /// <summary>Highest LIX for every other language (40 is the top of "easy").</summary>
    public double LixMax { get; init; } = 40;

    /// <summary>The target for <paramref name="language"/> (a language or culture code, e.g. <c>es</c> or <c>es-ES</c>).</summary>
    public ReadabilityTarget For(string language) => CultureNames.LanguageOf(language) switch
    {
        "en" => new(ReadabilityFormula.FleschKincaidGrade, EnglishMaxGrade),
        "es" => new(ReadabilityFormula.Inflesz, SpanishMinInflesz),
        "fr" => new(ReadabilityFormula.KandelMoles, FrenchMinKandelMoles),
        "de" => new(ReadabilityFormula.Amstad, GermanMinAmstad),
        "ar" => new(ReadabilityFormula.Osman, ArabicMinOsman),
        _ => new(ReadabilityFormula.Lix, LixMax),
    };

    /// <summary>Every formula worth reporting for <paramref name="language"/>, the targeted one first.</summary>
    public static IReadOnlyList<ReadabilityFormula> FormulasFor(string language) => CultureNames.LanguageOf(language) switch
    {
        "en" => [ReadabilityFormula.FleschKincaidGrade, ReadabilityFormula.FleschReadingEase],
        "es" => [ReadabilityFormula.Inflesz, ReadabilityFormula.FernandezHuerta],
        "fr" => [ReadabilityFormula.KandelMoles],
        "de" => [ReadabilityFormula.Amstad],
        "ar" => [ReadabilityFormula.Osman, ReadabilityFormula.Lix],
        _ => [ReadabilityFormula.Lix],
    };
}
