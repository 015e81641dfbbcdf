using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePages.Persistence.Model;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks, so that SQLite (which has no date type) and SQL Server
/// both sort and compare instants correctly. The offset is not kept: values come back in UTC, the same instant.
/// </summary>
public sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    /// <summary>Creates the converter.</summary>
    public UtcTicksConverter()
        : base(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
    {
    }
}
