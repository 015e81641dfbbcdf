using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.SingleBlock</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.SingleBlock", ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class SingleBlockEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<SingleBlockConfiguration>(dataValueEditorFactory, ioHelper);
