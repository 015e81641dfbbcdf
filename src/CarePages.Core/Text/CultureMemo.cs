using System.Collections.Concurrent;

namespace CarePages.Core.Text;

/// <summary>
/// What a function of a culture name gave, kept per name: looking a culture up in the runtime's culture data costs
/// microseconds, and every check asks again for the same few cultures. Keeps at most <see cref="MaxNames"/> names, so
/// names that arrive with content cannot grow it without bound; past that, answers are worked out every time.
/// </summary>
/// <typeparam name="T">The answer.</typeparam>
internal sealed class CultureMemo<T>(Func<string, T> answer)
{
    private const int MaxNames = 256;

    private readonly ConcurrentDictionary<string, T> _answers = new(StringComparer.Ordinal);

    /// <summary>The answer for <paramref name="culture"/>.</summary>
    public T Get(string culture)
    {
        if (_answers.TryGetValue(culture, out var known))
        {
            return known;
        }

        var value = answer(culture);
        if (_answers.Count < MaxNames)
        {
            _answers.TryAdd(culture, value);
        }

        return value;
    }
}
