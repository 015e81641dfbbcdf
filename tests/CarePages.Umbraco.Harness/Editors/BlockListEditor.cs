using Umbraco.Cms.Core.IO;
using Umbraco.Cms.Core.PropertyEditors;

namespace CarePages.Umbraco.Harness.Editors;

/// <summary>Stands in for Infrastructure's <c>Umbraco.BlockList</c> editor (see <see cref="StandInDataEditor{TConfiguration}"/>).</summary>
[DataEditor("Umbraco.BlockList", ValueType = ValueTypes.Json, ValueEditorIsReusable = true)]
public sealed class BlockListEditor(IDataValueEditorFactory dataValueEditorFactory, IIOHelper ioHelper)
    : StandInDataEditor<BlockListConfiguration>(dataValueEditorFactory, ioHelper);
