using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>
/// The property editors whose classes live in Umbraco.Infrastructure (text box, text area, rich text, block list,
/// single block, drop-down, check box list, multinode tree picker, date time) stand in here with Umbraco's own Core
/// <see cref="DataEditor"/> and <see cref="DataValueEditor"/> (so mandatory and pattern validation are Umbraco's) and
/// Umbraco's own Core configuration classes. What they do not run is the editors' own value handling in
/// Infrastructure: rich text markup and block parsing, block list and single block value validation and conversion.
/// This is the one place that says so; the README lists it.
/// </summary>
public abstract class StandInDataEditor<TConfiguration> : DataEditor
    where TConfiguration : new()
{
    private readonly IIOHelper _ioHelper;

    protected StandInDataEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
        : base(dataValueEditorFactory)
    {
        _ioHelper = ioHelper;
        SupportsReadOnly = true;
    }

    /// <inheritdoc />
    protected override IDataValueEditor CreateValueEditor() => DataValueEditorFactory.Create<StandInValueEditor>(Attribute!);

    /// <inheritdoc />
    protected override IConfigurationEditor CreateConfigurationEditor() => new StandInConfigurationEditor<TConfiguration>(_ioHelper);
}
