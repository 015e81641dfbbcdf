using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.CheckBoxList</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.CheckBoxList", ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class CheckBoxListEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<ValueListConfiguration>(dataValueEditorFactory, ioHelper);
