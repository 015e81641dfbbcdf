using CarePages.Persistence.Setup;
using CarePages.Persistence.Stores;
using CarePages.Persistence.Tests.TestSupport;
using static CarePages.Persistence.Tests.TestSupport.PersistenceTestData;

namespace CarePages.Persistence.Tests.Setup;

/// <summary>Contexts on the database the settings point at when each is made, not when the factory was.</summary>
public sealed class CarePagesDbContextFactoryTests
{
    private CarePagesPersistenceOptions _current = new() { Provider = CarePagesDatabaseProvider.Sqlite };

    [Fact]
    public async Task CreateDbContextAsync_NoConnectionStringThenOne_FailsNamingTheSettingThenWorks()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var states = new EfTranslationStateStore(Factory());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => states.GetAllAsync());
        _current = database.Options;
        await states.SaveAsync([Approved()], []);

        Assert.Contains("CarePages:Persistence:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Single(await states.GetAllAsync());
    }

    [Fact]
    public async Task CreateDbContextAsync_ConnectionStringChanged_UsesTheNewDatabase()
    {
        using var first = await SqliteTestDatabase.MigratedAsync();
        using var second = await SqliteTestDatabase.MigratedAsync();
        var states = new EfTranslationStateStore(Factory());
        _current = first.Options;
        await states.SaveAsync([Approved()], []);

        _current = second.Options;
        var inSecond = await states.GetAllAsync();
        _current = first.Options;

        Assert.Empty(inSecond);
        Assert.Single(await states.GetAllAsync());
    }

    private CarePagesDbContextFactory Factory() => new(new CarePagesPersistenceOptionsSource(() => _current));
}
