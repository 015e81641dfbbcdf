using CarePages.Core.Translation.Workflow;
using Microsoft.AspNetCore.Http;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace CarePages.Umbraco.Translation;

/// <summary>The backoffice user of the current request (from the bearer token's user key), as a translation actor.</summary>
public sealed class BackOfficeTranslationActorAccessor : ITranslationActorAccessor
{
    private readonly IHttpContextAccessor _httpContextAccessor;
    private readonly IUserService _userService;
    private readonly ILanguageService _languageService;

    /// <summary>Creates the accessor.</summary>
    public BackOfficeTranslationActorAccessor(IHttpContextAccessor httpContextAccessor, IUserService userService, ILanguageService languageService)
    {
        _httpContextAccessor = httpContextAccessor;
        _userService = userService;
        _languageService = languageService;
    }

    /// <inheritdoc />
    public async Task<TranslationActor?> GetCurrentActorAsync(CancellationToken cancellationToken = default)
    {
        var identity = _httpContextAccessor.HttpContext?.User.Identity;
        if (identity is not { IsAuthenticated: true } || identity.GetUserKey() is not { } key)
        {
            return null;
        }

        var user = await _userService.GetAsync(key).ConfigureAwait(false);
        return user is null ? null : await UmbracoTranslationActors.FromUserAsync(user, _languageService).ConfigureAwait(false);
    }
}
