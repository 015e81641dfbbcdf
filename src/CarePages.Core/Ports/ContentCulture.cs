using CarePages.Core.Rendering;

namespace CarePages.Core.Ports;

/// <summary>One content culture of the site.</summary>
/// <param name="IsoCode">The culture's code, e.g. <c>es-ES</c> or <c>ar</c>.</param>
/// <param name="Name">Its display name, e.g. <c>Spanish (Spain)</c>.</param>
public sealed record ContentCulture(string IsoCode, string Name)
{
    /// <summary>The culture's writing direction.</summary>
    public WritingDirection Direction => WritingDirections.Of(IsoCode);

    /// <summary><paramref name="cultures"/> with <paramref name="sourceCulture"/> first (when present), the others in their order.</summary>
    public static IReadOnlyList<ContentCulture> SourceFirst(IEnumerable<ContentCulture> cultures, string sourceCulture) =>
        CultureOrder.DefaultFirst(cultures, c => c.IsoCode, sourceCulture);
}
