using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Puts a month's leave pay into an employee-month input for the pay policy: the custom inputs
/// <see cref="LeaveDeductionInput"/> and <see cref="MaternityTopUpInput"/> (declared by the built-in China policy,
/// components <c>LEAVE</c> and <c>MATERNITY_TOP_UP</c>), the maternity allowance as tax-free income, and the overtime
/// hours the leave policy pays.
/// </summary>
public static class LeavePayInputs
{
    /// <summary>The custom input that carries <see cref="LeavePayResult.LeaveDeduction"/>.</summary>
    public const string LeaveDeductionInput = "leave_deduction";

    /// <summary>The custom input that carries <see cref="LeavePayResult.MaternityTopUp"/>.</summary>
    public const string MaternityTopUpInput = "maternity_top_up";

    /// <summary>Returns <paramref name="input"/> with the leave pay applied.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PayrollInputException">
    /// The input already carries what the leave records replace: <c>attendance.unpaidLeaveDays</c> (give personal leave
    /// as a record instead), <c>overtime</c> when the records have overtime, or one of the two custom inputs.
    /// </exception>
    public static EmployeeMonthInput ApplyTo(this LeavePayResult result, EmployeeMonthInput input, bool hasOvertimeRecords)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Attendance.UnpaidLeaveDays != 0m && result.Lines.Length > 0)
        {
            throw new PayrollInputException(input.EmployeeId, "attendance.unpaidLeaveDays",
                new LocalText("Error.Leave.UnpaidTwice"));
        }

        if (hasOvertimeRecords && input.Overtime.Total != 0m)
        {
            throw new PayrollInputException(input.EmployeeId, "overtime",
                new LocalText("Error.Leave.OvertimeTwice"));
        }

        foreach (var name in (ReadOnlySpan<string>)[LeaveDeductionInput, MaternityTopUpInput])
        {
            if (input.CustomInputs.ContainsKey(name))
            {
                throw new PayrollInputException(input.EmployeeId, $"customInputs.{name}", new LocalText("Error.Leave.SetByRecords"));
            }
        }

        var custom = new Dictionary<string, decimal>(input.CustomInputs, StringComparer.Ordinal)
        {
            [LeaveDeductionInput] = result.LeaveDeduction,
            [MaternityTopUpInput] = result.MaternityTopUp,
        };
        return input with
        {
            CustomInputs = custom,
            TaxFreeIncome = input.TaxFreeIncome + result.MaternityAllowance,
            Overtime = hasOvertimeRecords ? result.Overtime : input.Overtime,
        };
    }
}
