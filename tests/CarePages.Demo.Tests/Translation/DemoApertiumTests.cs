namespace CarePages.Demo.Tests.Translation;

/// <summary>The demo's tests that share one apertium-apy.</summary>
[CollectionDefinition(DemoApertium.Collection)]
public sealed class DemoApertiumTests : ICollectionFixture<DemoApertium>
{
}
