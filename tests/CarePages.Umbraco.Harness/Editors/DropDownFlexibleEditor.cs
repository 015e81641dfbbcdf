using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.DropDown.Flexible</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.DropDown.Flexible", ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class DropDownFlexibleEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<DropDownFlexibleConfiguration>(dataValueEditorFactory, ioHelper);
