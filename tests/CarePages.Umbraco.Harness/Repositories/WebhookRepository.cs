using Umbraco.Cms.Core.Models;

namespace CarePages.Umbraco.Harness.Repositories;

/// <summary>The site's webhooks: none are configured, so Umbraco's webhook handlers find nothing to fire.</summary>
public sealed class WebhookRepository
{
    public Task<PagedModel<IWebhook>> GetByAliasAsync(string alias) => Task.FromResult(new PagedModel<IWebhook>(0, []));

    public Task<PagedModel<IWebhook>> GetAllAsync(int skip, int take) => Task.FromResult(new PagedModel<IWebhook>(0, []));
}
