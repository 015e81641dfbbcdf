namespace CarePages.Core.Tests.Translation.Machine;

/// <summary>The tests that share one apertium-apy.</summary>
[CollectionDefinition(Name)]
public sealed class ApertiumTests : ICollectionFixture<ApertiumService>
{
    public const string Name = "apertium-apy";
}
