using System.Collections.Immutable;
using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Localization;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Reports;

/// <summary>
/// Builds <see cref="PayrollReport"/>s in one pass over payslips: pay structure, department cost distribution and
/// the overtime share of pay per department with alerts. Stateless and thread-safe.
/// </summary>
public sealed class PayrollReportBuilder
{
    /// <summary>Department label for payslips without one.</summary>
    public const string NoDepartment = "(none)";

    /// <summary>Creates a builder.</summary>
    /// <param name="overtimeAlertShare">Overtime share of gross pay above which a department is flagged (0.20 = 20 %).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overtimeAlertShare"/> is not above 0 and at most 1.</exception>
    public PayrollReportBuilder(decimal overtimeAlertShare = 0.20m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(overtimeAlertShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(overtimeAlertShare, 1m);
        OvertimeAlertShare = overtimeAlertShare;
    }

    /// <summary>The alert threshold.</summary>
    public decimal OvertimeAlertShare { get; }

    /// <summary>Builds the reports.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="payslips"/> is null.</exception>
    public PayrollReport Build(IEnumerable<Payslip> payslips)
    {
        ArgumentNullException.ThrowIfNull(payslips);
        var components = new Dictionary<string, (string Name, PayslipLineKind Kind, decimal Total, int Count)>(StringComparer.Ordinal);
        var departments = new SortedDictionary<string, DepartmentTotals>(StringComparer.Ordinal);
        int count = 0;
        decimal gross = 0, cost = 0;
        var provisional = new SortedDictionary<string, (int Count, ContributionCarryForward Carry)>(StringComparer.Ordinal);
        foreach (var slip in payslips)
        {
            count++;
            if (slip.ProvisionalContributions is { } carry)
            {
                var key = $"{carry.City} {carry.Month}";
                provisional[key] = (provisional.GetValueOrDefault(key).Count + 1, carry);
            }

            gross += slip.GrossPay;
            cost += slip.EmployerCost;
            var dept = string.IsNullOrWhiteSpace(slip.Department) ? NoDepartment : slip.Department;
            if (!departments.TryGetValue(dept, out var totals))
            {
                departments[dept] = totals = new DepartmentTotals();
            }

            totals.Add(slip);
            foreach (var line in slip.Lines)
            {
                if (line.Kind == PayslipLineKind.Info || line.Amount == 0)
                {
                    continue;
                }

                components.TryGetValue(line.Code, out var c);
                components[line.Code] = (line.Name, line.Kind, c.Total + line.Amount, c.Count + 1);
                if (line.Kind == PayslipLineKind.Earning && line.Code.StartsWith("OT_", StringComparison.Ordinal))
                {
                    totals.Overtime += line.Amount;
                }
            }
        }

        var structure = components
            .Select(kv => new PayStructureRow(kv.Key, kv.Value.Name, kv.Value.Kind, kv.Value.Total, kv.Value.Count, Share(kv.Value.Total, gross)))
            .OrderBy(r => r.Kind).ThenByDescending(r => r.Total).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        var costs = departments
            .Select(kv => new DepartmentCostRow(kv.Key, kv.Value.Headcount, kv.Value.Gross, kv.Value.Net, kv.Value.EmployerContributions, kv.Value.Cost, Share(kv.Value.Cost, cost)))
            .ToImmutableArray();
        var overtime = departments
            .Select(kv =>
            {
                var share = Share(kv.Value.Overtime, kv.Value.Gross);
                return new OvertimeShareRow(kv.Key, kv.Value.Overtime, kv.Value.Gross, share, share > OvertimeAlertShare);
            })
            .ToImmutableArray();
        var alerts = overtime.Where(o => o.IsAlert)
            .Select(o => new LocalText("Report.Alert.Overtime", o.Department, Percent(o.Share), Explain.Money(o.OvertimePay), Explain.Money(o.GrossPay), Percent(OvertimeAlertShare)))
            .Concat(provisional.Select(p => new LocalText("Report.Alert.Provisional", p.Value.Count.ToString(CultureInfo.InvariantCulture), p.Key,
                ChinaMessages.CarryForward(p.Value.Carry))))
            .ToImmutableArray();
        return new PayrollReport(count, gross, cost, structure, costs, overtime, [.. alerts.Select(a => a.ToString())]) { AlertTexts = alerts };
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture);

    private static decimal Share(decimal part, decimal whole) =>
        whole == 0 ? 0m : Math.Round(part / whole, 4, MidpointRounding.AwayFromZero);

    private sealed class DepartmentTotals
    {
        public int Headcount;
        public decimal Gross, Net, EmployerContributions, Cost, Overtime;

        public void Add(Payslip slip)
        {
            Headcount++;
            Gross += slip.GrossPay;
            Net += slip.NetPay;
            EmployerContributions += slip.EmployerContributions;
            Cost += slip.EmployerCost;
        }
    }
}
