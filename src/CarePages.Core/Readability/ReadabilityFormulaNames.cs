namespace CarePages.Core.Readability;

/// <summary>The names readability formulas are published under, the same in every language (they are proper names).</summary>
public static class ReadabilityFormulaNames
{
    /// <summary>The name of <paramref name="formula"/>, e.g. <c>INFLESZ (Szigriszt-Pazos)</c>.</summary>
    public static string Of(ReadabilityFormula formula) => formula switch
    {
        ReadabilityFormula.FleschKincaidGrade => "Flesch–Kincaid grade level",
        ReadabilityFormula.FleschReadingEase => "Flesch Reading Ease",
        ReadabilityFormula.FernandezHuerta => "Fernández-Huerta",
        ReadabilityFormula.Inflesz => "INFLESZ (Szigriszt-Pazos)",
        ReadabilityFormula.KandelMoles => "Kandel–Moles",
        ReadabilityFormula.Amstad => "Amstad",
        ReadabilityFormula.Osman => "OSMAN",
        _ => "LIX",
    };
}
