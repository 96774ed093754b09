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
        var output = CliOptions.File("--out", "Where the template goes, e.g. payroll-input.xlsx.", required: true);
        var command = new Command("template", "Write the payroll input template: an Excel workbook whose 员工 sheet has every input column headed in Chinese and English (工号 / Employee ID …), and a sheet explaining each column (docs/excel.md).")
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

            await console.Error.WriteLineAsync($"Template written to {path}: fill in sheet {PayrollExcel.InputSheetName}, one employee-month a row, then 'hrkit payroll run --input {Path.GetFileName(path)}'.").ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
