using HrKit.Payroll.Engine;
using HrKit.Payroll.Localization;

namespace HrKit.Cli.Output;

/// <summary>A record of a payroll input file that was not paid, with where it is in the file.</summary>
/// <param name="Record">1-based record number in the file.</param>
/// <param name="Line">1-based line (JSON Lines input), when known.</param>
/// <param name="Error">The employee, field and problem.</param>
/// <param name="ErrorNamesPlace">
/// True when <paramref name="Error"/> came from the input reader, whose message already names the line or element
/// (<c>line 2: …</c>), so the console line does not name it a second time.
/// </param>
internal sealed record PayrollRejection(long Record, long? Line, PayrollError Error, bool ErrorNamesPlace = false)
{
    /// <summary>Where the record is: <c>record 4, line 4</c>.</summary>
    public string Location => Line is { } line ? CliStrings.Format("Where.RecordLine", Record, line) : CliStrings.Format("Where.Record", Record);

    // The message in the run's language when a built-in reader raised it (PayrollLocalizer.ErrorMessage); as written otherwise.
    public override string ToString() => ErrorNamesPlace
        ? $"{Error.EmployeeId}: {Error.Field}: {PayrollLocalizer.Current.ErrorMessage(Error)}"
        : $"{Error.EmployeeId}: {Error.Field}: {PayrollLocalizer.Current.ErrorMessage(Error)} ({Location})";
}
