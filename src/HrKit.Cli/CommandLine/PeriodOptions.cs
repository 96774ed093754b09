using System.CommandLine;

namespace HrKit.Cli.CommandLine;

/// <summary>The options every command on the payroll period store shares: the store file, the company and who acts.</summary>
internal sealed class PeriodOptions
{
    public PeriodOptions(bool dbRequired = true)
    {
        Db = CliOptions.File("--db", "The payroll period store (SQLite file, created by the first run; docs/payroll-periods.md).", required: dbRequired);
    }

    public Option<string> Db { get; }

    public Option<string> Company { get; } = new("--company")
    {
        Description = "Company whose months are kept (one store can hold several). Default: default.",
        HelpName = "ID",
        DefaultValueFactory = _ => "default",
    };

    public Option<string> Actor { get; } = new("--actor")
    {
        Description = "Who acts, as recorded in the month's history. Default: the current user name.",
        HelpName = "NAME",
        DefaultValueFactory = _ => Environment.UserName is { Length: > 0 } user ? user : "hrkit",
    };

    /// <summary>The tamper-evident audit log (SQLite) that records the run, close, reopen or retro; none when left out.</summary>
    public Option<string> AuditDb { get; } = CliOptions.File("--audit-db", "The audit log (SQLite, created on first use) that records this change with who and when; docs/audit.md. None when left out.");

    public void AddTo(Command command, bool withActor)
    {
        command.Options.Add(Db);
        command.Options.Add(Company);
        if (withActor)
        {
            command.Options.Add(Actor);
            command.Options.Add(AuditDb);
        }
    }
}
