using System.Collections.Immutable;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>Compares a month as stored with its recalculation, component by component (retro lines excluded).</summary>
internal static class RetroComparison
{
    public static void AddLines(YearMonth month, StoredPayslip original, Payslip recalculated, ImmutableArray<RetroLine>.Builder lines)
    {
        var before = Amounts(original.Payslip);
        var after = Amounts(recalculated);
        foreach (var code in before.Keys.Union(after.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var o = before.GetValueOrDefault(code);
            var r = after.GetValueOrDefault(code);
            if (o.Amount != r.Amount)
            {
                var named = r.Name is null ? o : r;
                lines.Add(new RetroLine(month, code, named.Name!, named.Kind, o.Amount, r.Amount));
            }
        }
    }

    private static Dictionary<string, (string? Name, PayslipLineKind Kind, decimal Amount)> Amounts(Payslip payslip)
    {
        var amounts = new Dictionary<string, (string? Name, PayslipLineKind Kind, decimal Amount)>(StringComparer.Ordinal);
        foreach (var line in payslip.Lines)
        {
            if (line.Kind == PayslipLineKind.Info || RetroPayslip.IsRetroLine(line))
            {
                continue;
            }

            amounts[line.Code] = (line.Name, line.Kind, amounts.GetValueOrDefault(line.Code).Amount + line.Amount);
        }

        return amounts;
    }
}
