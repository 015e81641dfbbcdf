using System.Globalization;
using CarePages.Core.Documents;
using CarePages.Core.Rendering.Labels;
using CarePages.Core.Schema.ContentTypes;
using CarePages.Core.Text;

namespace CarePages.Core.Rendering.Mapping;

/// <summary>Reads the clinical review fields and writes their dates the way the page's culture does.</summary>
internal static class ClinicalReviewMapper
{
    public static ClinicalReviewViewModel? Map(CultureDocument document, string sourceCulture, UiLabels labels)
    {
        var reviewedBy = document.Text(ClinicalReviewComposition.ReviewedBy);
        var reviewedOn = document.Text(ClinicalReviewComposition.ReviewedOn);
        var nextReviewDue = document.Text(ClinicalReviewComposition.NextReviewDue);
        if (reviewedBy is null && reviewedOn is null && nextReviewDue is null)
        {
            return null;
        }

        var culture = CultureOf(document.Culture);
        var pattern = labels[LabelKeys.DateFormat];
        return new ClinicalReviewViewModel
        {
            ReviewedBy = reviewedBy,
            ReviewedByLang = reviewedBy is null || CultureNames.LanguageOf(document.Culture) == CultureNames.LanguageOf(sourceCulture) ? null : sourceCulture,
            ReviewedOn = Format(reviewedOn, pattern, culture),
            ReviewedOnIso = reviewedOn,
            NextReviewDue = Format(nextReviewDue, pattern, culture),
            NextReviewDueIso = nextReviewDue,
        };
    }

    /// <summary>Writes an ISO date (yyyy-MM-dd) with <paramref name="pattern"/> in <paramref name="culture"/>, on the Gregorian calendar.</summary>
    internal static string? Format(string? isoDate, string pattern, CultureInfo culture)
    {
        if (!DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return isoDate;
        }

        var format = (DateTimeFormatInfo)culture.DateTimeFormat.Clone();
        if (format.Calendar is not GregorianCalendar && culture.OptionalCalendars.OfType<GregorianCalendar>().FirstOrDefault() is { } gregorian)
        {
            format.Calendar = gregorian;
        }

        return date.ToString(pattern, format);
    }

    private static CultureInfo CultureOf(string culture)
    {
        try
        {
            return CultureInfo.GetCultureInfo(culture);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
