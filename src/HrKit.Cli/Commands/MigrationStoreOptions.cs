using System.CommandLine;
using HrKit.Audit.Sqlite;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Files;
using HrKit.Migration;
using HrKit.Migration.Sandbox;
using HrKit.Migration.Sqlite;
using HrKit.Payroll.Sqlite;
using HrKit.Points.Ledger;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>The SQLite files a migration writes, and the optional audit log, as options of the migrate commands.</summary>
internal sealed class MigrationStoreOptions
{
    public Option<string> Store { get; } = CliOptions.File("--store", CliStrings.Get("Help.Migrate.Store"), required: true);

    public Option<string> PayrollDb { get; } = CliOptions.File("--payroll-db", CliStrings.Get("Help.Migrate.PayrollDb"));

    public Option<string> PointsDb { get; } = CliOptions.File("--points-db", CliStrings.Get("Help.Migrate.PointsDb"));

    public Option<string> AuditDb { get; } = CliOptions.File("--audit-db", CliStrings.Get("Help.Migrate.AuditDb"));

    public Option<string> Actor { get; } = new("--actor") { Description = CliStrings.Get("Help.Migrate.Actor"), DefaultValueFactory = _ => Environment.UserName, HelpName = "NAME" };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(PayrollDb);
        command.Options.Add(PointsDb);
        command.Options.Add(AuditDb);
        command.Options.Add(Actor);
    }

    /// <summary>Opens the stores over the given files, or over sandbox copies of them when <paramref name="sandbox"/> is set.</summary>
    public async Task<OpenedTargets> OpenAsync(ParseResult parse, IClock clock, SqliteSandbox? sandbox, CancellationToken ct)
    {
        async Task<string?> PathOf(Option<string> option, string name)
        {
            if (parse.GetValue(option) is not { } path)
            {
                return null;
            }

            if (sandbox is not null)
            {
                return await sandbox.CopyAsync(path, name, ct).ConfigureAwait(false);
            }

            LedgerPath.EnsureWritable(path, option.Name, CliStrings.Get("Noun.MigrationTarget"), name);
            return path;
        }

        var store = new SqliteMigrationStore((await PathOf(Store, "migration.db").ConfigureAwait(false))!);
        var payrollPath = await PathOf(PayrollDb, "payroll.db").ConfigureAwait(false);
        var pointsPath = await PathOf(PointsDb, "points.db").ConfigureAwait(false);
        var payroll = payrollPath is null ? null : new SqlitePayrollPeriodStore(payrollPath);
        var points = pointsPath is null ? null : SqlitePointsLedgerStore.Create(pointsPath, clock);
        var targets = new OpenedTargets(new MigrationTargets(store, payroll, points));
        await store.InitializeAsync(ct).ConfigureAwait(false);
        if (payroll is not null)
        {
            await payroll.InitializeAsync(ct).ConfigureAwait(false);
        }

        if (points is not null)
        {
            await points.InitializeAsync(ct).ConfigureAwait(false);
        }

        return targets;
    }

    /// <summary>The audit log named by <c>--audit-db</c>, initialised; its <see cref="AuditLogFile.Log"/> is null without the option.</summary>
    public Task<AuditLogFile> AuditAsync(ParseResult parse, IClock clock, CancellationToken ct) =>
        AuditLogFile.OpenAsync(parse.GetValue(AuditDb), AuditDb.Name, clock, ct);
}

/// <summary>Opened migration targets, disposed together.</summary>
internal sealed class OpenedTargets(MigrationTargets targets) : IAsyncDisposable
{
    public MigrationTargets Targets => targets;

    public async ValueTask DisposeAsync()
    {
        await targets.Store.DisposeAsync().ConfigureAwait(false);
        if (targets.Payroll is not null)
        {
            await targets.Payroll.DisposeAsync().ConfigureAwait(false);
        }

        if (targets.Points is not null)
        {
            await targets.Points.DisposeAsync().ConfigureAwait(false);
        }
    }
}
