using System.Collections;
using System.Diagnostics.CodeAnalysis;
using CarePages.Core.Translation.Workflow;

namespace CarePages.Core.Translation.Matrix;

/// <summary>
/// One cell of the matrix as status name → count, read straight from the matrix's counts: a site of 10,000 documents in
/// six cultures has 50,000 cells, and a dictionary each cost more than building the matrix.
/// </summary>
internal sealed class StatusCountsByName(ReadOnlyMemory<int> counts) : IReadOnlyDictionary<string, int>
{
    private static readonly string[] Names = Enum.GetNames<TranslationStatus>();

    public int Count => Names.Length;

    public IEnumerable<string> Keys => Names;

    public IEnumerable<int> Values => counts.ToArray();

    public int this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"'{key}' is not a translation status.");

    public bool ContainsKey(string key) => Array.IndexOf(Names, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
    {
        var index = Array.IndexOf(Names, key);
        value = index >= 0 ? counts.Span[index] : 0;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator()
    {
        for (var i = 0; i < Names.Length; i++)
        {
            yield return new KeyValuePair<string, int>(Names[i], counts.Span[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
