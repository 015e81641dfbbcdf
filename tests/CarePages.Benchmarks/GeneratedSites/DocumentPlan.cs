namespace CarePages.Benchmarks.GeneratedSites;

/// <summary>
/// What becomes of generated document number <see cref="Index"/>: which sample document it copies, its defect and how
/// far its translations have come. Decided from the index alone by an integer hash, so every run plans the same site:
/// about 8% of documents have a defect (its kind drawn evenly from the seven of <see cref="SiteDefect"/>), 3% have one
/// culture in review and 2% one culture in translation. The first copy is the sample clinic itself and has none.
/// </summary>
/// <param name="Index">The document's number in the site, from 0.</param>
/// <param name="Copy">Which copy of the sample clinic it belongs to, from 0.</param>
/// <param name="SampleIndex">Which of the sample clinic's documents (parents first) it copies.</param>
/// <param name="Defect">What is wrong with it.</param>
/// <param name="Progress">How far one culture's translation has come.</param>
/// <param name="Culture">The target culture <see cref="SiteDefect.MissingTranslation"/> or <see cref="Progress"/> is about.</param>
public sealed record DocumentPlan(int Index, int Copy, int SampleIndex, SiteDefect Defect, TranslationProgress Progress, string Culture)
{
    private const int PerMille = 1000;
    private const int DefectShare = 80;
    private const int InReviewShare = 30;
    private const int InTranslationShare = 20;
    private static readonly SiteDefect[] Kinds = Enum.GetValues<SiteDefect>().Where(d => d != SiteDefect.None).ToArray();

    /// <summary>The plan of document <paramref name="index"/> in a site of copies of <paramref name="sampleSize"/> documents.</summary>
    public static DocumentPlan For(int index, int sampleSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleSize);
        var copy = index / sampleSize;
        var culture = GeneratedSite.TargetCultures[(int)(Mix((uint)index ^ 0x5bd1e995u) % (uint)GeneratedSite.TargetCultures.Count)];
        var roll = copy == 0 ? PerMille : (int)(Mix((uint)index) % PerMille);
        var defect = roll < DefectShare ? Kinds[(int)(Mix((uint)index ^ 0x9e3779b9u) % (uint)Kinds.Length)] : SiteDefect.None;
        var progress = roll switch
        {
            < DefectShare => TranslationProgress.Approved,
            < DefectShare + InReviewShare => TranslationProgress.InReview,
            < DefectShare + InReviewShare + InTranslationShare => TranslationProgress.InTranslation,
            _ => TranslationProgress.Approved,
        };
        return new DocumentPlan(index, copy, index % sampleSize, defect, progress, culture);
    }

    // A 32-bit integer hash (lowbias32): neighbouring indexes land far apart.
    private static uint Mix(uint x)
    {
        x ^= x >> 16;
        x *= 0x7feb352du;
        x ^= x >> 15;
        x *= 0x846ca68bu;
        x ^= x >> 16;
        return x;
    }
}
