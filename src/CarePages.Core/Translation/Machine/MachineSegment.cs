using CarePages.Core.Xliff;

namespace CarePages.Core.Translation.Machine;

/// <summary>One unit of a document to pre-fill, as sent: its markup, and the memory's exact translation when there is one.</summary>
/// <param name="Unit">The planned unit (a plain field, a rich-text block or an attribute).</param>
/// <param name="Markup">The source in <see cref="MachineSegmentMarkup"/> form.</param>
/// <param name="FromMemory">The memory's translation in the same form, or null when the engine translates it.</param>
internal sealed record MachineSegment(PlannedUnit Unit, string Markup, string? FromMemory);
