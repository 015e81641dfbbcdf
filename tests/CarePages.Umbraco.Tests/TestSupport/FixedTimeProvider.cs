namespace CarePages.Umbraco.Tests.TestSupport;

/// <summary>A clock that always says the same time, so review-date checks are reproducible.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
