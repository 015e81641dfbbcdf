using System.Globalization;
using CarePages.Core.Readability;

namespace CarePages.Core.Checks.Rules.Text;

/// <summary>
/// Patient information should be easy to read (WCAG 3.1.5, AAA, so a warning). Scores the prose of a field or of a
/// page's main content with its language's formula and target (accessibility-rules §6): English Flesch–Kincaid grade,
/// Spanish Szigriszt-Pazos on the INFLESZ scale (with Fernández-Huerta alongside), French Kandel &amp; Moles, German
/// Amstad, Arabic OSMAN, and LIX for every other language. Texts shorter than <c>minWords</c> are not scored.
/// </summary>
public sealed class TextReadabilityRule : IMarkupRule
{
    /// <inheritdoc />
    public CheckRuleDescriptor Descriptor { get; } = new()
    {
        Id = "text-readability",
        DefaultSeverity = FindingSeverity.Warn,
        Wcag = ["3.1.5"],
        Parameters =
        [
            new("minWords", "30", "Texts with fewer words are not scored: formulas are unreliable on a few sentences."),
            new("englishMaxGrade", "8", "Highest Flesch–Kincaid grade for English (NIH and CDC: grade 8 or below; 6 is better)."),
            new("spanishMinInflesz", "55", "Lowest Szigriszt-Pazos score for Spanish; 55–65 is INFLESZ's \"normal\" band."),
            new("frenchMinKandelMoles", "60", "Lowest Kandel & Moles score for French (60–70 is plain language on the Flesch bands)."),
            new("germanMinAmstad", "60", "Lowest Amstad score for German (60–70 is plain language on the Flesch bands)."),
            new("arabicMinOsman", "60", "Lowest OSMAN score for Arabic (OSMAN keeps the Flesch scale, where 60–70 is plain language)."),
            new("lixMax", "40", "Highest LIX for every other language (30–40 is \"easy\")."),
        ],
    };

    /// <inheritdoc />
    public CheckScope Scope => CheckScope.AllText;

    /// <inheritdoc />
    public void Check(MarkupContext context, FindingCollector findings)
    {
        var profile = ProseProfile.Of(context);
        var parameters = findings.Parameters;
        var statistics = profile.Statistics;
        if (statistics.Words == 0 || statistics.Words < parameters.GetInt("minWords"))
        {
            return;
        }

        var targets = new ReadabilityTargets
        {
            EnglishMaxGrade = parameters.GetDouble("englishMaxGrade"),
            SpanishMinInflesz = parameters.GetDouble("spanishMinInflesz"),
            FrenchMinKandelMoles = parameters.GetDouble("frenchMinKandelMoles"),
            GermanMinAmstad = parameters.GetDouble("germanMinAmstad"),
            ArabicMinOsman = parameters.GetDouble("arabicMinOsman"),
            LixMax = parameters.GetDouble("lixMax"),
        };
        var assessment = ReadabilityAnalyzer.Assess(statistics, context.Language, targets);
        if (assessment.IsMet)
        {
            return;
        }

        var arguments = new Dictionary<string, string>
        {
            ["formula"] = ReadabilityFormulaNames.Of(assessment.Target.Formula),
            ["score"] = Number(assessment.Score),
            ["target"] = Number(assessment.Target.Threshold),
            ["words"] = statistics.Words.ToString(CultureInfo.InvariantCulture),
            ["sentenceLength"] = Number(statistics.WordsPerSentence),
        };
        if (assessment.Scores.TryGetValue(ReadabilityFormula.FernandezHuerta, out var fernandezHuerta))
        {
            arguments["fernandezHuerta"] = Number(fernandezHuerta);
        }

        findings.Report(profile.Blocks[0].Text, profile.Blocks[0].Position, Variant(assessment.Target.Formula), arguments);
    }

    private static string Variant(ReadabilityFormula formula) => formula switch
    {
        ReadabilityFormula.FleschKincaidGrade => "flesch-kincaid",
        ReadabilityFormula.Inflesz => "inflesz",
        ReadabilityFormula.KandelMoles => "kandel-moles",
        ReadabilityFormula.Amstad => "amstad",
        ReadabilityFormula.Osman => "osman",
        _ => "lix",
    };

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
