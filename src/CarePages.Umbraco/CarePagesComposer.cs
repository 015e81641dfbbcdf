using CarePages.Umbraco.DependencyInjection;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace CarePages.Umbraco;

/// <summary>Adds CarePages to an Umbraco site when the package is installed.</summary>
public sealed class CarePagesComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddCarePages();
}
