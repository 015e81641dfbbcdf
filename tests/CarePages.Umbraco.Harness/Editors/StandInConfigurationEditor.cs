using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Umbraco's own typed configuration editor over one of its Core configuration classes.</summary>
public sealed class StandInConfigurationEditor<TConfiguration> : ConfigurationEditor<TConfiguration>
    where TConfiguration : new()
{
    public StandInConfigurationEditor(IIOHelper ioHelper)
        : base(ioHelper)
    {
    }
}
