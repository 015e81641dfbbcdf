using System.Text.Json;
using CarePages.Core.Ports;
using CarePages.Core.Translation.Workflow;
using CarePages.Demo.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CarePages.Demo.Tests.Api.Audit;

/// <summary>
/// The demo on a standing clock (2 November 2026), audited once through the API as the reviewer, with defects a reader
/// would notice: an image without alt text in the Spanish and in the Arabic draft of the intranasal route, whose clinical
/// review is due in ten days.
/// </summary>
public sealed class AuditedDemo : IAsyncLifetime, IDisposable
{
    /// <summary>The day the demo's clock stands on.</summary>
    public static readonly DateOnly Today = new(2026, 11, 2);

    /// <summary>The route's next review date: ten days from <see cref="Today"/>, inside the 30-day warning window.</summary>
    public static readonly DateOnly RouteReviewDue = Today.AddDays(10);

    private readonly DemoAppFactory _factory = new();

    /// <summary>The demo host.</summary>
    public WebApplicationFactory<Program> App { get; private set; } = null!;

    /// <summary>The run that audited it.</summary>
    public JsonElement Run { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        App = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var store = App.Services.GetRequiredService<SqliteContentStore>();
        var published = (await store.GetAsync(DemoApi.RouteKey))!;
        await store.SaveAsync(published.WithValue("nextReviewDue", null, JsonSerializer.SerializeToElement(RouteReviewDue.ToString("yyyy-MM-dd"))));
        foreach (var culture in new[] { "es-ES", "ar" })
        {
            var draft = (await store.GetDraftAsync(DemoApi.RouteKey))!;
            var html = JsonSerializer.SerializeToElement("<p>…</p><img src=\"/media/spray.png\">");
            await store.SaveDraftAsync(draft.WithValue("howItWorks", culture, html), culture, new UserReference("lucia", "Lucía"), DraftVersion.Of(draft));
        }

        Run = await DemoAudit.RunToEndAsync(DemoApi.Client(App, "lucia"));
    }

    /// <summary>The findings <paramref name="user"/> reads at <paramref name="query"/> (after <c>findings?</c>).</summary>
    public async Task<JsonElement> FindingsAsync(string user, string query = "") =>
        await DemoApi.Json(await DemoApi.Client(App, user).GetAsync($"{DemoAudit.Root}/findings?{query}"));

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _factory.Dispose();
}
