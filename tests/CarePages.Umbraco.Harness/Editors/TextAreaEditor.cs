using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.TextArea</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.TextArea", ValueType = ValueTypes.Text, ValueEditorIsReusable = true)]
public sealed class TextAreaEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<TextAreaConfiguration>(dataValueEditorFactory, ioHelper);
