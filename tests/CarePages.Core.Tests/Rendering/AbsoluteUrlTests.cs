using CarePages.Core.Rendering;

namespace CarePages.Core.Tests.Rendering;

public class AbsoluteUrlTests
{
    [Theory]
    [InlineData("/es-es/ketamina", "https://clinic.example/es-es/ketamina")]
    [InlineData("/ar/ketamine?x=1#top", "https://clinic.example/ar/ketamine?x=1#top")]
    [InlineData("https://other.example/fr/", "https://other.example/fr/")]
    public void Resolve_WithRequestOrigin_GivesAnAbsoluteHttpUrl(string url, string expected)
    {
        Assert.Equal(expected, AbsoluteUrl.Resolve(url, "https", "clinic.example"));
    }

    [Theory]
    [InlineData(null, "clinic.example")]
    [InlineData("https", null)]
    [InlineData("https", "")]
    public void Resolve_UnknownOrigin_LeavesTheUrlAsItIs(string? scheme, string? host)
    {
        Assert.Equal("/es-es/ketamina", AbsoluteUrl.Resolve("/es-es/ketamina", scheme, host));
    }

    [Fact]
    public void Resolve_HostWithPort_KeepsThePort()
    {
        Assert.Equal("http://localhost:5080/en-gb/", AbsoluteUrl.Resolve("/en-gb/", "http", "localhost:5080"));
    }
}
