using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Files;
using HrKit.Payroll.Policies;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit payroll run | template | close | reopen | retro | history | register | ytd | report | validate | policy | contributions | bonus-check</c>.</summary>
internal static class PayrollCommands
{
    public static Command Create(CliConsole console, IClock clock, GlobalOptions global) =>
        new("payroll", "Pay employees from an input file (month after month with --db), close, reopen and correct months, query their history, check a pay policy, show the contribution table, or check annual bonuses against the dead zones.")
        {
            PayrollRunCommand.Create(console, clock, global),
            PayrollCloseCommands.CreateClose(console, clock),
            PayrollCloseCommands.CreateReopen(console, clock),
            PayrollRetroCommand.Create(console, clock),
            PayrollHistoryCommands.CreateHistory(console, clock),
            PayrollHistoryCommands.CreateRegister(console, clock),
            PayrollHistoryCommands.CreateYearToDate(console, clock),
            PayrollHistoryCommands.CreateReport(console, clock),
            PayrollTemplateCommand.Create(console),
            CreateValidate(console),
            CreatePolicy(console),
            ContributionsCommand.Create(console, clock),
            BonusCheckCommand.Create(console),
        };

    private static Command CreateValidate(CliConsole console)
    {
        var policy = CliOptions.File("--policy", "The pay policy JSON file to compile (docs/payroll-policy.md).", required: true);
        var command = new Command("validate", "Compile a pay policy and list its components in evaluation order.") { policy };
        command.SetAction(async parse =>
        {
            var path = parse.GetRequiredValue(policy);
            PayPolicy compiled;
            try
            {
                using var stream = InputFile.Open(path, "--policy");
                compiled = PayPolicyLoader.Load(stream, Path.GetFileName(path));
            }
            catch (PayPolicyException ex)
            {
                // Every problem by component, one a line, not only the first.
                await console.Error.WriteLineAsync($"error: --policy {path}: {ex.Message}").ConfigureAwait(false);
                return CliApp.InvalidInput;
            }

            await console.Out.WriteLineAsync($"OK: pay policy '{compiled.Name}' {compiled.Version} compiles: {compiled.Components.Length} components in evaluation order:").ConfigureAwait(false);
            foreach (var c in compiled.Components)
            {
                await console.Out.WriteLineAsync($"  {c.Code,-16} {c.Kind,-16} = {c.FormulaText}").ConfigureAwait(false);
            }

            return CliApp.Ok;
        });
        return command;
    }

    private static Command CreatePolicy(CliConsole console)
    {
        var command = new Command("policy", "Print the built-in China mainland pay policy as JSON, to start your own from.");
        command.SetAction(async parse =>
        {
            await console.Out.WriteLineAsync(PayPolicyLoader.ChinaStandardJson()).ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
