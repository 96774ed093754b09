using System.CommandLine;

namespace HrKit.Cli.CommandLine;

/// <summary>The options every command on the payroll period store shares: the store file, the company and who acts.</summary>
internal sealed class PeriodOptions
{
    public PeriodOptions(bool dbRequired = true)
    {
        Db = CliOptions.File("--db", CliStrings.Get("Help.Period.Db"), required: dbRequired);
    }

    public Option<string> Db { get; }

    public Option<string> Company { get; } = new("--company")
    {
        Description = CliStrings.Get("Help.Period.Company"),
        HelpName = "ID",
        DefaultValueFactory = _ => "default",
    };

    public Option<string> Actor { get; } = new("--actor")
    {
        Description = CliStrings.Get("Help.Period.Actor"),
        HelpName = "NAME",
        DefaultValueFactory = _ => Environment.UserName is { Length: > 0 } user ? user : "hrkit",
    };

    /// <summary>The tamper-evident audit log (SQLite) that records the run, close, reopen or retro; none when left out.</summary>
    public Option<string> AuditDb { get; } = CliOptions.File("--audit-db", CliStrings.Get("Help.Period.AuditDb"));

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
