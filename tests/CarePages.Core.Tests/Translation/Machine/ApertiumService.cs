namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>One real apertium-apy (<see cref="ApertiumServer"/>) for the tests of <see cref="ApertiumTests"/>.</summary>
public sealed class ApertiumService : IAsyncLifetime, IAsyncDisposable
{
    private readonly ApertiumServer server = new();

    public Uri BaseAddress => server.BaseAddress;

    public Task InitializeAsync() => server.StartAsync();

    Task IAsyncLifetime.DisposeAsync() => server.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => server.DisposeAsync();
}
