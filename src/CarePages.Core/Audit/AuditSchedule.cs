using System.Globalization;

namespace CarePages.Core.Audit;

/// <summary>The nightly run's time of day, from <see cref="AuditOptions.Schedule"/>.</summary>
public static class AuditSchedule
{
    /// <summary>Reads <paramref name="schedule"/>: empty means no scheduled run; otherwise it must be <c>HH:mm</c>.</summary>
    public static bool TryParse(string? schedule, out TimeOnly? timeOfDay)
    {
        timeOfDay = null;
        if (string.IsNullOrWhiteSpace(schedule))
        {
            return true;
        }

        if (TimeOnly.TryParseExact(schedule.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            timeOfDay = time;
            return true;
        }

        return false;
    }

    /// <summary>The first moment after <paramref name="now"/> at <paramref name="timeOfDay"/> UTC.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset now, TimeOnly timeOfDay)
    {
        var today = new DateTimeOffset(DateOnly.FromDateTime(now.UtcDateTime).ToDateTime(timeOfDay), TimeSpan.Zero);
        return today > now ? today : today.AddDays(1);
    }
}
