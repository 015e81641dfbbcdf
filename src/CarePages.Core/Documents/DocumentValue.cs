using System.Text.Json;

namespace CarePages.Core.Documents;

/// <summary>One property value of a multi-culture document: <c>{ alias, culture, segment, value }</c>.</summary>
/// <param name="Alias">Property alias.</param>
/// <param name="Culture">Culture for culture-variant properties; null for invariant ones.</param>
/// <param name="Segment">Segment; CarePages does not use segments, so always null.</param>
/// <param name="Value">The value exactly as the property editor takes it (string, array or object).</param>
public sealed record DocumentValue(string Alias, string? Culture, string? Segment, JsonElement Value);
