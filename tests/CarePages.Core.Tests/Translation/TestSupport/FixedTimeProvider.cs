namespace CarePages.Core.Tests.Translation.TestSupport;

/// <summary>A clock that stands still until a test moves it on.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset now = now;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
