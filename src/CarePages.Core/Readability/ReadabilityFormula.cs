namespace CarePages.Core.Readability;

/// <summary>A readability formula.</summary>
public enum ReadabilityFormula
{
    /// <summary>Flesch–Kincaid grade level (English): 0.39·ASL + 11.8·ASW − 15.59. Lower is easier.</summary>
    FleschKincaidGrade,

    /// <summary>Flesch Reading Ease (English): 206.835 − 1.015·ASL − 84.6·ASW. Higher is easier.</summary>
    FleschReadingEase,

    /// <summary>Fernández-Huerta, corrected form (Spanish): 206.84 − 0.60·P100 − 1.02·ASL. Higher is easier.</summary>
    FernandezHuerta,

    /// <summary>Szigriszt-Pazos perspicuity (Spanish), read on the INFLESZ scale: 206.835 − 62.3·ASW − ASL. Higher is easier.</summary>
    Inflesz,

    /// <summary>Kandel &amp; Moles (French): 207 − 1.015·ASL − 73.6·ASW. Higher is easier.</summary>
    KandelMoles,

    /// <summary>Amstad (German): 180 − ASL − 58.5·ASW. Higher is easier.</summary>
    Amstad,

    /// <summary>LIX (Björnsson), for any language: ASL + 100·long words / words, a long word having more than 6 letters. Lower is easier.</summary>
    Lix,

    /// <summary>
    /// OSMAN (El-Haj &amp; Rayson 2016, Arabic): 200.791 − 1.015·ASL − 24.181·(long + syllables + complex + Faseeh)/words,
    /// syllables weighted by class (<see cref="OsmanCounts"/>). Higher is easier.
    /// </summary>
    Osman,
}
