namespace CarePages.Persistence.Tests.TestSupport;

/// <summary>The base of the site audit's tests: a seeded <see cref="AuditTestSite"/> of their own, removed afterwards.</summary>
public abstract class AuditSiteTests : IAsyncLifetime
{
    private AuditTestSite? _site;

    /// <summary>The test's site.</summary>
    internal AuditTestSite Site => _site ?? throw new InvalidOperationException("The site is made before each test.");

    public virtual async Task InitializeAsync() => _site = await AuditTestSite.SeededAsync();

    public Task DisposeAsync()
    {
        _site?.Dispose();
        return Task.CompletedTask;
    }
}
