using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Files;
using HrKit.Payroll.Excel;

namespace HrKit.Cli.Commands;

/// <summary><c>hrkit payroll template --format xlsx --out FILE</c>: the input workbook to fill in, headings in Chinese and English.</summary>
internal static class PayrollTemplateCommand
{
    public static Command Create(CliConsole console)
    {
        var format = CliOptions.Format("xlsx");
        var output = CliOptions.File("--out", CliStrings.Get("Help.Payroll.Template.Out"), required: true);
        var command = new Command("template", CliStrings.Get("Help.Payroll.Template"))
        {
            format, output,
        };
        command.SetAction(async parse =>
        {
            var path = parse.GetRequiredValue(output);
            var file = OutputFile.Create(path, "--out");
            await using (file.ConfigureAwait(false))
            {
                PayrollExcel.WriteTemplate(file.Writer.BaseStream);
                await file.CommitAsync().ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync(CliStrings.Format("Payroll.Template.Written", path, PayrollExcel.InputSheetName, Path.GetFileName(path))).ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
