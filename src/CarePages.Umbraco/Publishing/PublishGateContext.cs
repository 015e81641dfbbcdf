using CarePages.Umbraco.Configuration;
using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.PublishedCache;
using Umbraco.Cms.Core.Security;

namespace CarePages.Umbraco.Publishing;

/// <summary>
/// What both halves of the publish gate (content checks and translations) need to know about the publish in progress:
/// the gate's options, the site's source culture, and the language to tell the editor in.
/// </summary>
public sealed class PublishGateContext
{
    private readonly IOptionsMonitor<CarePagesOptions> _options;
    private readonly IDefaultCultureAccessor _defaultCulture;
    private readonly IBackOfficeSecurityAccessor _security;

    /// <summary>Creates the context.</summary>
    public PublishGateContext(IOptionsMonitor<CarePagesOptions> options, IDefaultCultureAccessor defaultCulture, IBackOfficeSecurityAccessor security)
    {
        _options = options;
        _defaultCulture = defaultCulture;
        _security = security;
    }

    /// <summary>The publish gate's options as configured now.</summary>
    public CarePagesPublishGateOptions Options => _options.CurrentValue.PublishGate;

    /// <summary>The culture translations are made from (<c>CarePages:SourceCulture</c>, else the site's default).</summary>
    public string SourceCulture => _options.CurrentValue.SourceCultureOr(_defaultCulture);

    /// <summary>The site's default culture, the one an invariant document is checked in.</summary>
    public string DefaultCulture => _defaultCulture.DefaultCulture;

    /// <summary>
    /// The signed-in user's backoffice language; scheduled publishing has no user, so its messages go to the log in the
    /// site's default language.
    /// </summary>
    public string UiCulture => _security.BackOfficeSecurity?.CurrentUser?.Language ?? _defaultCulture.DefaultCulture;
}
