namespace CarePages.Core.Audit;

/// <summary>Wakes this process's audit worker when a run is queued here, instead of waiting for its next look at the queue.</summary>
public sealed class AuditWorkSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Wakes the worker (once, however often it is called before the worker looks).</summary>
    public void Raise()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Raised twice at once: one wake-up is enough.
            }
        }
    }

    /// <summary>Waits for <see cref="Raise"/> or until <paramref name="timeout"/> passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _signal.Dispose();
}
