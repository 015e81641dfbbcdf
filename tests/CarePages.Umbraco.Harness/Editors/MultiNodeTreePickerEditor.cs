using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.MultiNodeTreePicker</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.MultiNodeTreePicker", ValueType = ValueTypes.Text, ValueEditorIsReusable = true)]
public sealed class MultiNodeTreePickerEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<MultiNodePickerConfiguration>(dataValueEditorFactory, ioHelper);
