using BenchmarkDotNet.Attributes;
using HrKit.Benchmarks.Infrastructure;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// Postings per second into the ledger through <see cref="IPointsLedgerStore.AppendAsync"/>, which always checks
/// idempotency (the source id and the idempotency key of every posting). Batched: one transaction per
/// <see cref="BatchSize"/> postings; single: one transaction per posting. Mean, Allocated and Items/s are per posting. Every invocation posts new events (a run counter
/// is part of the ids), so nothing is skipped as a duplicate; the tables grow over the run as they would in production.
/// SQLite runs in WAL mode with synchronous=FULL; PostgreSQL with fsync on, on a throwaway local cluster, written by a role
/// that is not a superuser (<see cref="PostgresCluster.OrdinaryOwnerDatabase"/>), so the tables' forced row-level
/// security binds it as it binds an application.
/// The postings are plain credits without caps (a capped credit or a penalty adds a query over the employee's account).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Ledger")]
public class LedgerBenchmarks
{
    public const int BatchSize = 1_000;

    private static readonly Instant At = Instant.FromUtc(2025, 3, 10, 9, 0);

    private IPointsLedgerStore _store = null!;
    private PostgresCluster? _ownCluster;
    private string? _postgresOwner;
    private string? _sqliteDirectory;
    private int _run;

    [Params("sqlite", "postgresql")]
    public string Store { get; set; } = "sqlite";

    public const int BatchedPostings = 20_000;

    public const int SinglePostings = 500;

    [GlobalSetup]
    public void Setup()
    {
        if (Store == "sqlite")
        {
            _sqliteDirectory = Directory.CreateTempSubdirectory("hrkit-bench-sqlite-").FullName;
            _store = SqlitePointsLedgerStore.Create(Path.Combine(_sqliteDirectory, "ledger.db"), SystemClock.Instance);
        }
        else
        {
            var superuser = Environment.GetEnvironmentVariable(PostgresCluster.EnvironmentVariable);
            if (superuser is null)
            {
                _ownCluster = PostgresCluster.Start();
                superuser = _ownCluster.ConnectionString;
            }

            _postgresOwner = PostgresCluster.OrdinaryOwnerDatabase(superuser);
            _store = PostgreSqlPointsLedgerStore.Create(_postgresOwner, SystemClock.Instance);
        }

        _store.InitializeAsync().GetAwaiter().GetResult();
        if (_postgresOwner is not null)
        {
            // Each benchmark case starts from an empty ledger even when the cluster is shared.
            using var connection = new Npgsql.NpgsqlConnection(_postgresOwner);
            connection.Open();
            using var truncate = new Npgsql.NpgsqlCommand("TRUNCATE points_postings, points_accounts", connection);
            truncate.ExecuteNonQuery();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _ownCluster?.Dispose();
        if (_sqliteDirectory is not null)
        {
            Directory.Delete(_sqliteDirectory, recursive: true);
        }
    }

    /// <summary>Batches of <see cref="BatchSize"/> postings, one transaction each; Mean is per posting.</summary>
    [Benchmark(Description = "AppendAsync batched (1000/tx)", OperationsPerInvoke = BatchedPostings)]
    public Task<int> Batched() => AppendAsync(BatchedPostings, BatchSize);

    /// <summary>
    /// <see cref="Batched"/> by two appenders at once, each with its own employees, as a server's ingestion with one
    /// connection per core would run; Mean is per posting of both.
    /// </summary>
    [Benchmark(Description = "AppendAsync batched, 2 writers (1000/tx each)", OperationsPerInvoke = 2 * BatchedPostings)]
    public Task<int> BatchedTwoWriters() => BatchedByWriters(2);

    /// <summary>One posting per AppendAsync call (one transaction each); Mean is per posting.</summary>
    [Benchmark(Description = "AppendAsync single (1/tx)", OperationsPerInvoke = SinglePostings)]
    public Task<int> Single() => AppendAsync(SinglePostings, 1);

    /// <summary>
    /// <see cref="Batched"/> by <paramref name="writers"/> appenders at once, each with its own employees (one writer is
    /// exactly <see cref="Batched"/>); for <c>--ledger-append --writers N</c>.
    /// </summary>
    public async Task<int> BatchedByWriters(int writers)
    {
        if (writers == 1)
        {
            return await Batched().ConfigureAwait(false);
        }

        var posted = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => AppendAsync(BatchedPostings, BatchSize, $"W{w}E")))).ConfigureAwait(false);
        return posted.Sum();
    }

    private async Task<int> AppendAsync(int count, int size, string employeePrefix = "E")
    {
        var run = Interlocked.Increment(ref _run);
        var posted = 0;
        var batch = new List<PostingRequest>(size);
        for (var i = 0; i < count; i++)
        {
            var source = $"r{run}-ev{i}";
            batch.Add(new PostingRequest(source, source + "/Rule", $"{employeePrefix}{(i * 7919) % 5_000:D7}", i % 3 == 0 ? "learning" : "general", 1 + (i % 5), At)
            {
                RuleName = "Rule",
                EventType = "checkIn",
            });
            if (batch.Count == size)
            {
                posted += (await _store.AppendAsync(batch).ConfigureAwait(false)).Posted.Count;
                batch = new List<PostingRequest>(size);
            }
        }

        return posted == count ? posted : throw new InvalidOperationException($"posted {posted} of {count}");
    }
}
