using System.Collections.Concurrent;

namespace HrKit.Cli.Output;

/// <summary>
/// Turns pushed items into a pulled enumerable for a writer that pulls (MiniExcel's SaveAs) running on its own
/// thread: the payroll run pushes each payslip as it is paid, the writer takes it, and at most
/// <see cref="Capacity"/> wait in between, so memory stays bounded and one pass over the input feeds several files.
/// </summary>
internal sealed class PushedRows<T> : IDisposable
{
    public const int Capacity = 1024;

    private readonly BlockingCollection<T> _queue = new(Capacity);
    private readonly CancellationTokenSource _writerFailed = new();
    private readonly Task _writer;

    public PushedRows(Action<IEnumerable<T>> write)
    {
        _writer = Task.Run(() =>
        {
            try
            {
                write(_queue.GetConsumingEnumerable());
            }
            catch
            {
                // Unblocks Add; the exception itself surfaces from Complete.
                _writerFailed.Cancel();
                throw;
            }
        });
    }

    /// <summary>Hands one item to the writer, waiting while <see cref="Capacity"/> are queued.</summary>
    public void Add(T item)
    {
        try
        {
            _queue.Add(item, _writerFailed.Token);
        }
        catch (OperationCanceledException)
        {
            Complete();
        }
    }

    /// <summary>Tells the writer there is no more and waits for it; rethrows its failure.</summary>
    public void Complete()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        _writer.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            _queue.CompleteAdding();
        }

        // A writer still running finishes on the completed queue; its outcome no longer matters.
        _writer.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
        _queue.Dispose();
        _writerFailed.Dispose();
    }
}
