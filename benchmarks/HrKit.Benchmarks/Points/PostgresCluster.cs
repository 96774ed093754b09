using System.Diagnostics;
using System.Globalization;

namespace HrKit.Benchmarks.Points;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the ledger benchmarks: initdb into a temporary directory and start it on a
/// free port, listening on a Unix socket only. initdb refuses to run as root, so as root the cluster is created and run
/// as the <c>postgres</c> user through runuser. The host process starts one cluster for the whole run and passes the
/// connection string to the benchmark processes in <see cref="EnvironmentVariable"/>.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string EnvironmentVariable = "HRKIT_BENCH_POSTGRES";

    private const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private readonly string _directory;

    private PostgresCluster(string directory, int port)
    {
        _directory = directory;
        Port = port;
        ConnectionString = $"Host={directory};Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=16";
    }

    public int Port { get; }

    public string ConnectionString { get; }

    public static bool IsAvailable => File.Exists(Path.Combine(BinDirectory, "initdb")) && File.Exists(Path.Combine(BinDirectory, "pg_ctl"));

    public static PostgresCluster Start()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"hrkit-bench-pg-{Environment.ProcessId}");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        var port = 40_000 + (Environment.ProcessId % 20_000);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", $"postgres {directory}", asPostgres: false);
        }

        var data = Path.Combine(directory, "data");
        Run(Path.Combine(BinDirectory, "initdb"), $"-D {data} -U postgres --auth=trust --no-sync -E UTF8", asRoot);
        // Durable commits (fsync on) as in production; a bigger WAL buffer and no logging collector noise.
        Run(Path.Combine(BinDirectory, "pg_ctl"),
            $"-D {data} -l {Path.Combine(directory, "log")} -w -o \"-k {directory} -p {port.ToString(CultureInfo.InvariantCulture)} -c listen_addresses='' -c shared_buffers=256MB -c max_connections=50\" start",
            asRoot);
        return new PostgresCluster(directory, port);
    }

    public void Dispose()
    {
        try
        {
            Run(Path.Combine(BinDirectory, "pg_ctl"), $"-D {Path.Combine(_directory, "data")} -m fast -w stop", Environment.UserName == "root");
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void Run(string file, string arguments, bool asPostgres)
    {
        var info = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }
}
