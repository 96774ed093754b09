using System.Collections.Concurrent;

namespace HrKit.Integration.Tests.Outbound;

/// <summary>
/// A clock that moves only when told: timers (Polly's retry delays and attempt timeouts) fire on <see cref="Advance"/>.
/// Records every finite delay asked for, so a test can see exactly how long the code meant to wait.
/// </summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<Timer> _timers = [];
    private DateTimeOffset _now = start;

    public ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void Advance(TimeSpan by)
    {
        List<Timer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt is { } at && at <= _now).ToList();
            foreach (var t in due)
            {
                t.DueAt = t.Period is { } period ? _now + period : null;
            }
        }

        foreach (var t in due)
        {
            t.Fire();
        }
    }

    /// <summary>Waits (in real time, briefly) until the code under test asks for a delay matching <paramref name="match"/>.</summary>
    public async Task<TimeSpan> WaitForDelayAsync(Func<TimeSpan, bool> match)
    {
        for (var i = 0; i < 500; i++)
        {
            if (RequestedDelays.FirstOrDefault(match) is var d && match(d))
            {
                return d;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("No matching delay was requested; asked for: " + string.Join(", ", RequestedDelays));
    }

    private sealed class Timer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset? DueAt { get; set; }

        public TimeSpan? Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                owner.RequestedDelays.Enqueue(dueTime);
            }

            lock (owner._gate)
            {
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero ? null : period;
                if (dueTime == TimeSpan.Zero)
                {
                    DueAt = null;
                    ThreadPool.QueueUserWorkItem(_ => Fire());
                }
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                DueAt = null;
                owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
