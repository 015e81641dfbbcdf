namespace CarePages.Umbraco.Harness.Data;

/// <summary>A table the database snapshots when a transaction opens.</summary>
internal interface IHarnessTable
{
    string Name { get; }

    int Count { get; }

    /// <summary>Takes a copy of the rows and returns the action that puts them back.</summary>
    Action Snapshot();
}
