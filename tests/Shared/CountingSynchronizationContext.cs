namespace HrKit.Tests.Shared;

/// <summary>
/// A caller's synchronization context (a UI thread, a classic ASP.NET request) that counts the continuations posted
/// to it and runs them on the thread pool, so a test that blocks on a library call sees whether the library resumed
/// on its caller's context, without deadlocking when it does (this file is linked into each package's tests).
/// </summary>
internal sealed class CountingSynchronizationContext : SynchronizationContext
{
    private int _continuations;

    public int Continuations => Volatile.Read(ref _continuations);

    /// <summary>Runs <paramref name="caller"/> on a thread of its own whose current context is this one.</summary>
    public Task RunAsCaller(Action caller) => Task.Factory.StartNew(
        () =>
        {
            SetSynchronizationContext(this);
            try
            {
                caller();
            }
            finally
            {
                SetSynchronizationContext(null);
            }
        },
        CancellationToken.None,
        TaskCreationOptions.LongRunning,
        TaskScheduler.Default);

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _continuations);
        ThreadPool.QueueUserWorkItem(_ => d(state));
    }

    public override void Send(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _continuations);
        d(state);
    }
}
