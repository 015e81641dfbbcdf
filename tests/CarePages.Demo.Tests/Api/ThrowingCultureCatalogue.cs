using CarePages.Core.Ports;

namespace CarePages.Demo.Tests.Api;

/// <summary>A culture catalogue that fails, with a message that must never reach a client.</summary>
internal sealed class ThrowingCultureCatalogue : IContentCultureCatalogue
{
    public const string Secret = "connection string Password=hunter2";

    public Task<IReadOnlyList<ContentCulture>> GetCulturesAsync(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException(Secret);
}
