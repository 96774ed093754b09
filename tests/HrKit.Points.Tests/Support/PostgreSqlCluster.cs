using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HrKit.Points.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster from the installed binaries, shared by every PostgreSQL test: initdb into a
/// temp directory, postgres on a Unix socket only, one schema per test, stopped with -m immediate at the end.
/// Missing binaries fail the tests with instructions; they never pass vacuously.
/// </summary>
public sealed class PostgreSqlCluster : IAsyncLifetime
{
    private static readonly string BinDir = Environment.GetEnvironmentVariable("HRKIT_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"hrkit-pg-{Guid.NewGuid():N}"[..24]);
    private readonly bool _asRoot = Environment.UserName == "root";
    private Process? _server;
    private int _schemas;

    private string DataDir => Path.Combine(_root, "data");

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDir, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL binaries not found in '{BinDir}'. Install PostgreSQL 15 (apt-get install postgresql-15) or set HRKIT_PG_BIN to its bin directory; the PostgreSQL ledger tests cannot run without it.");
        }

        Directory.CreateDirectory(_root);
        if (_asRoot)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres user.
            await RunAsync("chown", ["-R", "postgres:postgres", _root]);
        }

        await RunAsync(Path.Combine(BinDir, "initdb"), ["-D", DataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"], asPostgres: true);
        var port = FreePort();
        _server = Start(Path.Combine(BinDir, "postgres"), ["-D", DataDir, "-k", _root, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-c", "listen_addresses=", "-c", "fsync=off", "-c", "max_connections=60"]);
        ConnectionString = $"Host={_root};Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=40";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var c = new NpgsqlConnection(ConnectionString);
                await c.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>A connection string for a new, empty schema.</summary>
    public string NewSchema()
    {
        var schema = $"t{Interlocked.Increment(ref _schemas)}";
        ExecuteAsSuperuser($"CREATE SCHEMA {schema}");
        return ConnectionString + $";Search Path={schema}";
    }

    /// <summary>
    /// A connection string for a new, empty schema owned by a new login role that is not a superuser. Forced
    /// row-level security binds such an owner, as it binds the owner of a production ledger; the cluster's superuser
    /// bypasses it, so a test that must see the policies bind (an in-place upgrade) connects as this role.
    /// </summary>
    public string NewSchemaOwnedByOrdinaryRole()
    {
        var n = Interlocked.Increment(ref _schemas);
        var (schema, role) = ($"t{n}", $"hrkit_owner_{n}");
        ExecuteAsSuperuser($"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS; CREATE SCHEMA {schema} AUTHORIZATION {role}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Username = role, SearchPath = schema }.ConnectionString;
    }

    /// <summary>
    /// A connection string for a new, empty database whose default collation is ICU's <paramref name="icuLocale"/> (a
    /// linguistic order, as production databases often have, unlike this cluster's C.UTF-8), owned by a new login role
    /// that is not a superuser.
    /// </summary>
    public string NewDatabaseWithIcuCollation(string icuLocale)
    {
        var n = Interlocked.Increment(ref _schemas);
        var (database, role) = ($"icu{n}", $"hrkit_owner_{n}");
        ExecuteAsSuperuser($"CREATE ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS");
        ExecuteAsSuperuser($"CREATE DATABASE {database} OWNER {role} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' LOCALE_PROVIDER icu ICU_LOCALE '{icuLocale}'");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Username = role, Database = database }.ConnectionString;
    }

    private void ExecuteAsSuperuser(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_server is { HasExited: false })
        {
            await RunAsync(Path.Combine(BinDir, "pg_ctl"), ["stop", "-D", DataDir, "-m", "immediate", "-s"], asPostgres: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a temp directory left behind is harmless
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private Process Start(string file, string[] args, bool asPostgres = true)
    {
        var info = asPostgres && _asRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        var p = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private async Task RunAsync(string file, string[] args, bool asPostgres = false)
    {
        var info = asPostgres && _asRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args])
            : new ProcessStartInfo(file, args);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var p = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stderr = p.StandardError.ReadToEndAsync();
        _ = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {await stderr}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlCluster>
{
    public const string Name = "PostgreSQL";
}
