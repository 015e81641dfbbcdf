using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.TextBox</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.TextBox", ValueType = ValueTypes.String, ValueEditorIsReusable = true)]
public sealed class TextBoxEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<TextboxConfiguration>(dataValueEditorFactory, ioHelper);
