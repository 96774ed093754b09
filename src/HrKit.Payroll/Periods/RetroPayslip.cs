using System.Collections.Immutable;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Periods;

/// <summary>
/// Puts retro settlements into the payslip of the month they are paid in: one <c>RETRO_&lt;code&gt;</c> line per changed
/// component (amount = the sum of its deltas, explanation = original, recalculated and delta month by month) and the
/// totals moved by the same deltas. Income tax is not added: it is already cumulative in the month's own IIT line, and
/// <c>RETRO_IIT</c> (info) shows what the closed months withheld against what they should have.
/// </summary>
internal static class RetroPayslip
{
    public const string Prefix = "RETRO_";
    private const string WageTaxCode = "IIT";

    public static Payslip Apply(Payslip own, IReadOnlyList<RetroSettlement> settlements)
    {
        if (settlements.Count == 0)
        {
            return own;
        }

        var lines = own.Lines.ToBuilder();
        foreach (var group in settlements.SelectMany(s => s.Lines.Select(l => (Line: l, s.Reason))).GroupBy(x => x.Line.Code, StringComparer.Ordinal))
        {
            var first = group.First().Line;
            var isWageTax = string.Equals(first.Code, WageTaxCode, StringComparison.Ordinal);
            var amount = group.Sum(x => x.Line.Delta);
            lines.Add(new PayslipLine(Prefix + first.Code, "Retro: " + first.Name, isWageTax ? PayslipLineKind.Info : first.Kind, amount,
                Explain(group.Select(x => x.Line), group.Select(x => x.Reason).Distinct(StringComparer.Ordinal), isWageTax, settlements)));
        }

        decimal gross = 0, employee = 0, bonusTax = 0, postTax = 0, employer = 0, cost = 0;
        foreach (var s in settlements)
        {
            gross += s.GrossPay;
            employee += s.EmployeeContributions;
            bonusTax += s.BonusTax;
            postTax += s.PostTaxDeductions;
            employer += s.EmployerContributions;
            cost += s.EmployerCost;
        }

        var result = own with
        {
            Lines = lines.ToImmutable(),
            GrossPay = own.GrossPay + gross,
            EmployeeContributions = own.EmployeeContributions + employee,
            BonusTax = own.BonusTax + bonusTax,
            PostTaxDeductions = own.PostTaxDeductions + postTax,
            EmployerContributions = own.EmployerContributions + employer,
            EmployerCost = own.EmployerCost + cost,
        };
        return result with { NetPay = result.GrossPay - result.EmployeeContributions - result.WageTax - result.BonusTax - result.PostTaxDeductions };
    }

    /// <summary>The payslip without its retro lines and totals: what the month itself computed.</summary>
    public static (decimal Gross, decimal Employee, decimal BonusTax, decimal PostTax, decimal Employer, decimal Cost) OwnTotals(StoredPayslip stored)
    {
        var p = stored.Payslip;
        decimal gross = p.GrossPay, employee = p.EmployeeContributions, bonusTax = p.BonusTax, postTax = p.PostTaxDeductions, employer = p.EmployerContributions, cost = p.EmployerCost;
        foreach (var s in stored.Settlements)
        {
            gross -= s.GrossPay;
            employee -= s.EmployeeContributions;
            bonusTax -= s.BonusTax;
            postTax -= s.PostTaxDeductions;
            employer -= s.EmployerContributions;
            cost -= s.EmployerCost;
        }

        return (gross, employee, bonusTax, postTax, employer, cost);
    }

    public static bool IsRetroLine(PayslipLine line) => line.Code.StartsWith(Prefix, StringComparison.Ordinal);

    private static RetroExplanation Explain(IEnumerable<RetroLine> lines, IEnumerable<string> reasons, bool isWageTax, IReadOnlyList<RetroSettlement> settlements) =>
        new([.. lines.OrderBy(l => l.Month)], [.. reasons], isWageTax ? settlements[0].TaxWithheldBefore : null);
}
