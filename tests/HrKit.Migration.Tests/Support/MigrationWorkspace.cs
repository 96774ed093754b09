using System.Security.Cryptography;
using HrKit.Audit;
using HrKit.Migration.Mapping;
using HrKit.Migration.Sqlite;
using HrKit.Payroll.Sqlite;
using HrKit.Points.Ledger;
using NodaTime;
using NodaTime.Testing;

namespace HrKit.Migration.Tests.Support;

/// <summary>
/// A temp folder holding a copy of the sample export (docs/samples/migration) and the three SQLite stores a migration
/// writes; tests edit the copies freely. Open targets with <see cref="OpenAsync"/> and dispose them before looking at files.
/// </summary>
internal sealed class MigrationWorkspace : IDisposable
{
    public MigrationWorkspace()
    {
        Directory.CreateDirectory(Root);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Samples")))
        {
            File.Copy(file, Path.Combine(Root, Path.GetFileName(file)));
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"hrkit-migration-{Guid.NewGuid():N}");

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 5, 9, 0));

    public InMemoryAuditLog Audit => _audit ??= new InMemoryAuditLog(Clock);

    private InMemoryAuditLog? _audit;

    public string MappingPath => Path.Combine(Root, "mapping.json");

    public string StorePath => Path.Combine(Root, "migration.db");

    public string PayrollPath => Path.Combine(Root, "payroll.db");

    public string PointsPath => Path.Combine(Root, "points.db");

    public MigrationService Service => new(Clock);

    public MigrationOptions Options => new() { Actor = "alice", AuditLog = Audit };

    public Task<MigrationMapping> MappingAsync() => MigrationMappingLoader.LoadFileAsync(MappingPath);

    public Task<OpenTargets> OpenAsync() => OpenTargets.OpenAsync(StorePath, PayrollPath, PointsPath, Clock);

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Root, file), text);

    public string Read(string file) => File.ReadAllText(Path.Combine(Root, file));

    /// <summary>SHA-256 of each store file and of its WAL when it holds anything (opening a WAL file read-only may create an empty one).</summary>
    public string StoreHashes() => string.Join(",", new[] { StorePath, PayrollPath, PointsPath }
        .SelectMany(p => new[] { p, p + "-wal" })
        .Select(p => File.Exists(p) && new FileInfo(p).Length > 0 ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))) : "-"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}

/// <summary>The three stores opened over given files, as <see cref="MigrationTargets"/>.</summary>
internal sealed class OpenTargets : IAsyncDisposable
{
    private OpenTargets(SqliteMigrationStore store, SqlitePayrollPeriodStore payroll, IPointsLedgerStore points)
    {
        Store = store;
        Payroll = payroll;
        Points = points;
        Targets = new MigrationTargets(store, payroll, points);
    }

    public SqliteMigrationStore Store { get; }

    public SqlitePayrollPeriodStore Payroll { get; }

    public IPointsLedgerStore Points { get; }

    public MigrationTargets Targets { get; }

    public static async Task<OpenTargets> OpenAsync(string store, string payroll, string points, IClock clock)
    {
        var t = new OpenTargets(new SqliteMigrationStore(store), new SqlitePayrollPeriodStore(payroll), SqlitePointsLedgerStore.Create($"Data Source={points}", clock));
        await t.Store.InitializeAsync();
        await t.Payroll.InitializeAsync();
        await t.Points.InitializeAsync();
        return t;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Payroll.DisposeAsync();
        await Points.DisposeAsync();
    }
}
