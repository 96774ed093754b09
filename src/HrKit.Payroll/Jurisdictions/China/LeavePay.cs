using System.Collections.Immutable;
using System.Globalization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// Pays a month's leave and overtime records by a <see cref="LeavePolicy"/>. A day's wage is the monthly wage /
/// <see cref="LeavePolicy.MonthlyPayDays"/>; each line is rounded to the fen.
/// </summary>
/// <remarks>
/// Sick pay (病假工资) is the policy's share of the days' wage, raised where needed to
/// <see cref="LeavePolicy.SickPayMinimumWageShare"/> × the monthly minimum wage × days / monthly pay days, and never
/// above the days' full wage. Maternity leave removes the days' wage; the allowance (tax-free) and the employer's
/// top-up to the wage replace it. Leave that is pending or rejected is unpaid.
/// </remarks>
public static class LeavePay
{
    /// <summary>Computes the month's leave pay and the overtime hours to pay.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PayrollInputException">
    /// A record is invalid: a negative or excessive day or hour count, an unknown leave type or day kind, a date
    /// outside the month, an end before its start, or more leave days than scheduled days. The field is named as a
    /// JSON path (e.g. <c>leave[2].days</c>).
    /// </exception>
    public static LeavePayResult Calculate(LeavePolicy policy, LeaveMonth month, LeavePayContext context)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(context);
        LeaveMonthValidator.Validate(month, context);

        var daily = context.MonthlyWage / policy.MonthlyPayDays;
        var lines = ImmutableArray.CreateBuilder<LeavePayLine>(month.Leave.Length);
        decimal deduction = 0, topUp = 0;
        var allowanceLeft = month.MaternityAllowance;
        var maternity = month.Leave.Where(l => l.Type == LeaveType.Maternity && l.Status == LeaveApprovalStatus.Approved).ToList();
        var maternityDays = maternity.Sum(l => l.Days);
        var maternityLeft = maternity.Count;
        foreach (var record in month.Leave)
        {
            var rule = record.Status == LeaveApprovalStatus.Approved ? policy.Rules[record.Type] : new LeavePayRule(record.Type, LeavePayMode.Unpaid, 0m);
            var full = Money.RoundToFen(daily * record.Days);
            var line = rule.Mode switch
            {
                LeavePayMode.Full => Line(record, rule, full, full, $"{Text(record.Days)} days × daily wage {Text(daily)} paid in full ({Describe(record.Type)})."),
                LeavePayMode.Unpaid => Line(record, rule, full, 0m, Unpaid(record, daily)),
                LeavePayMode.Percentage => Sick(policy, context, record, rule, daily, full),
                _ => Maternity(record, rule, full, ShareOf(month.MaternityAllowance, record.Days, maternityDays, --maternityLeft == 0, ref allowanceLeft)),
            };
            if (rule.Mode == LeavePayMode.MaternityTopUp)
            {
                topUp += line.Paid;
            }

            deduction += line.Deduction;
            lines.Add(line);
        }

        var (overtime, unpaidHours) = Overtime(policy.Overtime, month.Overtime);
        return new LeavePayResult(lines.MoveToImmutable(), deduction, topUp, month.MaternityAllowance, overtime, unpaidHours);
    }

    private static LeavePayLine Line(LeaveRecord record, LeavePayRule rule, decimal full, decimal paid, string text) =>
        new(record, rule, full, paid, full - paid, text);

    private static string Unpaid(LeaveRecord record, decimal daily) => record.Status == LeaveApprovalStatus.Approved
        ? $"{Text(record.Days)} days × daily wage {Text(daily)} deducted ({Describe(record.Type)}, unpaid)."
        : $"{Text(record.Days)} days of {Describe(record.Type)} {record.Status.ToString().ToLowerInvariant()}, not approved: deducted at daily wage {Text(daily)} until approved.";

    private static LeavePayLine Sick(LeavePolicy policy, LeavePayContext context, LeaveRecord record, LeavePayRule rule, decimal daily, decimal full)
    {
        var share = Money.RoundToFen(daily * record.Days * rule.Rate);
        var text = $"{Text(record.Days)} sick days × daily wage {Text(daily)} × {Text(rule.Rate * 100m)} % = {Text(share)}";
        if (context.MinimumWage is not { } minimum)
        {
            return Line(record, rule, full, share, text + "; no minimum wage known for the city, so the 80 % floor was not checked.");
        }

        var floor = Money.RoundToFen(minimum.Monthly * policy.SickPayMinimumWageShare * record.Days / policy.MonthlyPayDays);
        var paid = Math.Min(full, Math.Max(share, floor));
        text += $"; floor {Text(policy.SickPayMinimumWageShare * 100m)} % of {minimum.City}'s minimum wage {Text(minimum.Monthly)} for the days = {Text(floor)} (劳部发〔1995〕309号 art. 59)";
        return Line(record, rule, full, paid, text + (paid > share ? $": raised to {Text(paid)}." : "."));
    }

    private static LeavePayLine Maternity(LeaveRecord record, LeavePayRule rule, decimal full, decimal allowance)
    {
        var topUp = Math.Max(0m, full - allowance);
        return new LeavePayLine(record, rule, full, topUp, full,
            $"{Text(record.Days)} maternity days: wage {Text(full)} replaced by the maternity allowance {Text(allowance)}; employer top-up {Text(topUp)}.");
    }

    // Splits the month's allowance over the maternity records by their days; the last takes the remainder so the parts add up.
    private static decimal ShareOf(decimal allowance, decimal days, decimal totalDays, bool last, ref decimal left)
    {
        var part = last ? left : Math.Min(left, totalDays == 0m ? 0m : Money.RoundToFen(allowance * days / totalDays));
        left -= part;
        return part;
    }

    private static (OvertimeHours Hours, decimal Unpaid) Overtime(OvertimeBasis basis, ImmutableArray<OvertimeRecord> records)
    {
        decimal workday = 0, restDay = 0, holiday = 0, unpaid = 0;
        foreach (var r in records)
        {
            var hours = basis == OvertimeBasis.Clocked ? r.ClockedHours : r.ApprovedHours ?? 0m;
            unpaid += basis == OvertimeBasis.Approved ? Math.Max(0m, r.ClockedHours - hours) : 0m;
            switch (r.Kind)
            {
                case OvertimeDayKind.Workday: workday += hours; break;
                case OvertimeDayKind.RestDay: restDay += hours; break;
                default: holiday += hours; break;
            }
        }

        return (new OvertimeHours(workday, restDay, holiday), unpaid);
    }

    internal static string Describe(LeaveType type) => type switch
    {
        LeaveType.Annual => "annual leave 年休假",
        LeaveType.Sick => "sick leave 病假",
        LeaveType.Personal => "personal leave 事假",
        LeaveType.Marriage => "marriage leave 婚假",
        LeaveType.Bereavement => "bereavement leave 丧假",
        LeaveType.Maternity => "maternity leave 产假",
        _ => "work-injury leave 停工留薪期",
    };

    private static string Text(decimal value) => Money.RoundToFen(value).ToString("0.##", CultureInfo.InvariantCulture);
}
