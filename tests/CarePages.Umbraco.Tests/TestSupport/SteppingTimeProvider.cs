namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>
/// A clock that does not wait: each timer moves the clock on by its due time and fires at once, so code that waits
/// through <see cref="TimeProvider"/> runs without sleeping and the time it would have waited can be asserted.
/// </summary>
internal sealed class SteppingTimeProvider : TimeProvider
{
    private long _elapsedTicks;

    /// <summary>How far the clock has moved.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _elapsedTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Add(ref _elapsedTicks, dueTime.Ticks);
        return new Timer(callback, state, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
