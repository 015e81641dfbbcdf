using System.Net;

namespace CarePages.Demo.Tests.Api;

public sealed class ContextApiTests : IDisposable
{
    private readonly DemoAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Get_Ana_SpanishTranslatorWhoCannotReview()
    {
        var context = await DemoApi.Json(await DemoApi.Client(_factory, "ana").GetAsync($"{DemoApi.Root}/context"));

        var user = context.GetProperty("user");
        Assert.Equal("ana", user.GetProperty("key").GetString());
        Assert.Equal(["es-ES"], user.GetProperty("cultures").EnumerateArray().Select(c => c.GetString()));
        Assert.False(user.GetProperty("canReview").GetBoolean());
    }

    [Fact]
    public async Task Get_Lucia_ReviewerWithTheSiteCulturesSourceFirstAndArabicRightToLeft()
    {
        var context = await DemoApi.Json(await DemoApi.Client(_factory, "lucia").GetAsync($"{DemoApi.Root}/context"));

        Assert.True(context.GetProperty("user").GetProperty("canReview").GetBoolean());
        Assert.Equal("en-GB", context.GetProperty("sourceCulture").GetString());
        var cultures = context.GetProperty("cultures").EnumerateArray().ToArray();
        Assert.Equal(["en-GB", "es-ES", "ar", "fr-FR"], cultures.Select(c => c.GetProperty("isoCode").GetString()));
        Assert.Equal("rtl", cultures.Single(c => c.GetProperty("isoCode").GetString() == "ar").GetProperty("direction").GetString());
        Assert.Equal("ltr", cultures[0].GetProperty("direction").GetString());
        Assert.False(string.IsNullOrWhiteSpace(cultures[0].GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Get_WithoutAUser_Is401()
    {
        var response = await DemoApi.Client(_factory, null).GetAsync($"{DemoApi.Root}/context");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
