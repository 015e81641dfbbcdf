using System.Security.Claims;
using CarePages.Core.Translation.Workflow;
using CarePages.Umbraco.Translation;

namespace CarePages.Demo.Translation;

/// <summary>The signed-in demo user as a translation actor.</summary>
public sealed class DemoTranslationActorAccessor(IHttpContextAccessor httpContextAccessor) : ITranslationActorAccessor
{
    /// <inheritdoc />
    public Task<TranslationActor?> GetCurrentActorAsync(CancellationToken cancellationToken = default)
    {
        var key = httpContextAccessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return Task.FromResult(key is not null && DemoUsers.ByKey.TryGetValue(key, out var user) ? user : null);
    }
}
