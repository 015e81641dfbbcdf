namespace CarePages.Persistence.Setup;

/// <summary>
/// The <see cref="CarePagesPersistenceOptions"/> in force now. They are read again each time they are asked for, so a
/// connection string that appears after start-up (Umbraco's installer writes it, then restarts the runtime in the same
/// process and container) is used without recycling the process.
/// </summary>
public sealed class CarePagesPersistenceOptionsSource
{
    private readonly Func<CarePagesPersistenceOptions> _read;

    /// <summary>Creates a source that calls <paramref name="read"/> each time the options are asked for.</summary>
    public CarePagesPersistenceOptionsSource(Func<CarePagesPersistenceOptions> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _read = read;
    }

    /// <summary>A source that always gives <paramref name="options"/> (a host that knows its database up front).</summary>
    public static CarePagesPersistenceOptionsSource Fixed(CarePagesPersistenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CarePagesPersistenceOptionsSource(() => options);
    }

    /// <summary>The options as they are now.</summary>
    public CarePagesPersistenceOptions Current() =>
        _read() ?? throw new InvalidOperationException("The CarePages persistence options factory returned null.");
}
