using System.Security.Claims;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Translation;
using Microsoft.Extensions.Options;

namespace CarePages.Demo.Translation;

/// <summary>
/// The signed-in demo user as a translation actor; reviewers may also work on the site's
/// <see cref="DemoOptions.AdditionalCultures"/>, which no translator of the demo covers.
/// </summary>
public sealed class DemoTranslationActorAccessor(IHttpContextAccessor httpContextAccessor, IOptions<DemoOptions> options) : ITranslationActorAccessor
{
    /// <inheritdoc />
    public Task<TranslationActor?> GetCurrentActorAsync(CancellationToken cancellationToken = default)
    {
        var key = httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return Task.FromResult(key is not null && DemoUsers.ByKey.TryGetValue(key, out var user) ? WithAdditionalCultures(user) : null);
    }

    private TranslationActor WithAdditionalCultures(TranslationActor user) =>
        user.CanReview && options.Value.AdditionalCultures.Count > 0
            ? user with { Cultures = user.Cultures.Concat(options.Value.AdditionalCultures).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() }
            : user;
}
