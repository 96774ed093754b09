using System.Diagnostics;
using System.Globalization;
using Npgsql;

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

    /// <summary>
    /// A connection string for the database <c>hrkit_bench_ledger</c>, owned by and connecting as the login role
    /// <c>hrkit_bench_owner</c>, which is not a superuser; both are created through <paramref name="superuser"/> when
    /// missing. A superuser bypasses row-level security, so a ledger written by one would not pay for its policies.
    /// </summary>
    public static string OrdinaryOwnerDatabase(string superuser)
    {
        const string Role = "hrkit_bench_owner", Database = "hrkit_bench_ledger";
        using var connection = new NpgsqlConnection(superuser);
        connection.Open();
        using (var role = new NpgsqlCommand(CreateOrdinaryRole(Role), connection))
        {
            role.ExecuteNonQuery();
        }

        using (var exists = new NpgsqlCommand($"SELECT COUNT(*) FROM pg_database WHERE datname = '{Database}'", connection))
        {
            if ((long)exists.ExecuteScalar()! == 0)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE {Database} OWNER {Role}", connection);
                create.ExecuteNonQuery();
            }
        }

        return new NpgsqlConnectionStringBuilder(superuser) { Username = Role, Database = Database }.ConnectionString;
    }

    /// <summary>A statement creating the login role <paramref name="role"/>, not a superuser and bound by row-level security, unless it exists.</summary>
    public static string CreateOrdinaryRole(string role) =>
        $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$";

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
