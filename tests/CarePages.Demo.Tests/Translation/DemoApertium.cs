namespace CarePages.Demo.Tests.Translation;

/// <summary>One real apertium-apy (<see cref="ApertiumServer"/>) for the demo's machine-translation tests.</summary>
public sealed class DemoApertium : IAsyncLifetime, IAsyncDisposable
{
    public const string Collection = "demo apertium-apy";

    private readonly ApertiumServer server = new();

    public Uri BaseAddress => server.BaseAddress;

    public Task InitializeAsync() => server.StartAsync();

    Task IAsyncLifetime.DisposeAsync() => server.DisposeAsync().AsTask();

    ValueTask IAsyncDisposable.DisposeAsync() => server.DisposeAsync();
}
