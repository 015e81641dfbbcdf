namespace CarePages.Persistence.Entities;

/// <summary>
/// A row of <c>carePagesCounter</c>: a number the package raises in the transaction of every change of some kind, so
/// that servers can tell cheaply whether what they keep in memory is still current.
/// </summary>
public sealed class CounterEntity
{
    /// <summary>The counter's name, e.g. <see cref="Model.CounterNames.TranslationTally"/>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its value, raised by one at each change.</summary>
    public long Value { get; set; }
}
