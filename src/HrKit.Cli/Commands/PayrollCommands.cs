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
        new("payroll", CliStrings.Get("Help.Payroll"))
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
        var policy = CliOptions.File("--policy", CliStrings.Get("Help.Payroll.Validate.Policy"), required: true);
        var command = new Command("validate", CliStrings.Get("Help.Payroll.Validate")) { policy };
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
                await console.Error.WriteLineAsync(CliStrings.Format("Cli.ErrorLine", CliStrings.Format("Cli.OptionFile", "--policy", path, ex.GetMessage()))).ConfigureAwait(false);
                return CliApp.InvalidInput;
            }

            await console.Out.WriteLineAsync(CliStrings.Format("Payroll.Validate.Ok", compiled.Name, compiled.Version, compiled.Components.Length)).ConfigureAwait(false);
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
        var command = new Command("policy", CliStrings.Get("Help.Payroll.Policy"));
        command.SetAction(async parse =>
        {
            await console.Out.WriteLineAsync(PayPolicyLoader.ChinaStandardJson()).ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
