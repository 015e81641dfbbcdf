using System.Runtime.ExceptionServices;

namespace CarePages.Core.Xliff.Validation.Rules;

/// <summary>
/// A 2.x file's schema check and its processing requirements (<see cref="Xliff2Rules"/>), which count only when the
/// schemas pass. On one thread they run in that order. On more, one thread checks the schemas while the others index the
/// document and start on the rules, and it joins them when it is done; each rule is taken by the next free thread. The
/// rules only read, so running them ahead of the schemas changes nothing: when the schemas fail, the threads stop taking
/// rules, and what the rules found, or threw on a file they were never meant to see, is dropped. Either way the result is
/// the one the sequential order gives.
/// </summary>
internal sealed class SchemaThenRules
{
    private readonly Func<IReadOnlyList<XliffValidationFault>> schema;
    private readonly Lazy<Xliff2Document> document;
    private readonly bool locateFaults;
    private readonly IReadOnlyList<XliffValidationFault>?[] found = new IReadOnlyList<XliffValidationFault>?[Xliff2Rules.All.Count];
    private readonly ExceptionDispatchInfo?[] thrown = new ExceptionDispatchInfo?[Xliff2Rules.All.Count];
    private IReadOnlyList<XliffValidationFault> schemaFaults = [];
    private volatile bool schemaFailed;
    private int next = -1;

    private SchemaThenRules(Func<IReadOnlyList<XliffValidationFault>> schema, Func<Xliff2Document> index, bool locateFaults)
    {
        this.schema = schema;
        document = new Lazy<Xliff2Document>(index, LazyThreadSafetyMode.ExecutionAndPublication);
        this.locateFaults = locateFaults;
    }

    /// <summary>
    /// The schema faults <paramref name="schema"/> finds, or, when there are none, the rules' faults over the document
    /// <paramref name="index"/> makes, on up to <paramref name="parallelism"/> threads.
    /// </summary>
    public static IReadOnlyList<XliffValidationFault> Check(
        Func<IReadOnlyList<XliffValidationFault>> schema, Func<Xliff2Document> index, bool locateFaults, int parallelism)
    {
        var check = new SchemaThenRules(schema, index, locateFaults);
        if (parallelism <= 1)
        {
            check.CheckSchema();
            if (!check.schemaFailed)
            {
                check.TakeRules();
            }
        }
        else
        {
            var helpers = Enumerable.Range(0, parallelism - 1).Select(_ => (Action)check.TakeRules);
            Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = parallelism }, [() => { check.CheckSchema(); check.TakeRules(); }, .. helpers]);
        }

        return check.Result();
    }

    private void CheckSchema()
    {
        schemaFaults = schema();
        schemaFailed = schemaFaults.Count > 0;
    }

    private void TakeRules()
    {
        for (var i = Interlocked.Increment(ref next); i < found.Length && !schemaFailed; i = Interlocked.Increment(ref next))
        {
            var rule = Xliff2Rules.All[i];
            var faults = new Xliff2FaultCollector(locateFaults) { Code = rule.Code };
            try
            {
                rule.Check(document.Value, faults);
                found[i] = faults.Faults;
            }
            catch (Exception e)
            {
                // Kept until the schemas have spoken: thrown only if they pass, as the sequential order would have thrown it.
                thrown[i] = ExceptionDispatchInfo.Capture(e);
            }
        }
    }

    private IReadOnlyList<XliffValidationFault> Result()
    {
        if (schemaFailed)
        {
            return schemaFaults;
        }

        foreach (var exception in thrown)
        {
            exception?.Throw();
        }

        return [.. found.SelectMany(f => f!).OrderBy(f => f.Line).ThenBy(f => f.Position)];
    }
}
