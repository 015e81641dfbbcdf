using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace CarePages.Core.Xliff;

/// <summary>
/// Runs the independent pieces of one XLIFF import or validation on up to a given number of threads, each piece taken
/// when a thread is free (the pieces differ in cost). A piece's exception is thrown as itself, not wrapped, as the same
/// work done on one thread would throw it; with one thread, or one piece, everything runs on the calling thread.
/// </summary>
internal static class SideBySide
{
    /// <summary><paramref name="body"/> of every index below <paramref name="count"/>, in index order.</summary>
    public static T[] Map<T>(int count, int parallelism, Func<int, T> body)
    {
        var results = new T[count];
        if (parallelism <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                results[i] = body(i);
            }

            return results;
        }

        Unwrapped(() => Parallel.ForEach(
            Partitioner.Create(0, count, rangeSize: 1),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = body(i);
                }
            }));
        return results;
    }

    private static void Unwrapped(Action run)
    {
        try
        {
            run();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
