namespace CarePages.Demo.Tests.Browser;

/// <summary>Every browser test shares one demo server and one Chromium; each test opens its own context and page.</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<DemoBrowser>
{
    public const string Name = "Demo in Chromium";
}
