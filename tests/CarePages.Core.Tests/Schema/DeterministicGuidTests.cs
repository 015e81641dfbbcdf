using CarePages.Core.Schema;

namespace CarePages.Core.Tests.Schema;

public sealed class DeterministicGuidTests
{
    [Fact]
    public void Create_WithTheRfcDnsExample_MatchesThePublishedVersion5Value()
    {
        // RFC 9562 appendix A.4: the version 5 UUID of "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), DeterministicGuid.Create(dns, "www.example.com"));
    }

    [Fact]
    public void Create_SameInputs_GivesTheSameKeyAndOtherNamesGiveOthers()
    {
        var type = Guid.NewGuid();

        Assert.Equal(DeterministicGuid.Create(type, "property:title"), DeterministicGuid.Create(type, "property:title"));
        Assert.NotEqual(DeterministicGuid.Create(type, "property:title"), DeterministicGuid.Create(type, "property:text"));
        Assert.NotEqual(DeterministicGuid.Create(type, "property:title"), DeterministicGuid.Create(Guid.NewGuid(), "property:title"));
    }
}
