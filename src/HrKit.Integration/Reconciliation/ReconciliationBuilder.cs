using NodaTime;

namespace HrKit.Integration.Reconciliation;

/// <summary>Collects a sync's counts; thread-safe because vendor requests of one sync run concurrently.</summary>
internal sealed class ReconciliationBuilder(string name, Instant startedAt, IntegrationMetrics metrics)
{
    private readonly Lock _gate = new();
    private readonly List<RejectedRecord> _rejected = [];
    private readonly List<FailedRequest> _failed = [];
    private int _read;
    private int _accepted;
    private int _duplicates;
    private int _outside;

    public void Read(int count = 1) => Interlocked.Add(ref _read, count);

    public void Accept() => Interlocked.Increment(ref _accepted);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void Outside() => Interlocked.Increment(ref _outside);

    public void Reject(RejectedRecord record)
    {
        lock (_gate)
        {
            _rejected.Add(record);
        }

        metrics.RecordsRejected.Add(1);
    }

    public void Fail(FailedRequest request)
    {
        lock (_gate)
        {
            _failed.Add(request);
        }
    }

    public ReconciliationReport Build(Instant finishedAt)
    {
        lock (_gate)
        {
            return new ReconciliationReport
            {
                Name = name,
                StartedAt = startedAt,
                FinishedAt = finishedAt,
                RecordsRead = _read,
                Accepted = _accepted,
                DuplicatesDropped = _duplicates,
                OutsidePeriod = _outside,
                Rejected = [.. _rejected],
                FailedRequests = [.. _failed],
            };
        }
    }
}
