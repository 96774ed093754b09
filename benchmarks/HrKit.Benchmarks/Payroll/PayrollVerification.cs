using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;

namespace HrKit.Benchmarks.Payroll;

/// <summary>Checks that the RulesEngine baseline computes what HrKit computes on the benchmark workload (--verify).</summary>
internal static class PayrollVerification
{
    public static int Run(int employees)
    {
        var inputs = PayrollWorkload.Create(employees);
        var engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(1).Build();
        var rules = new RulesEnginePayroll(ContributionTable.BuiltIn, PayrollWorkload.Month);
        var mismatches = 0;
        foreach (var input in inputs)
        {
            var hrkit = engine.CalculateSummary(input);
            var baseline = rules.CalculateAsync(input).AsTask().GetAwaiter().GetResult();
            if (hrkit.GrossPay != baseline.GrossPay || hrkit.EmployeeContributions != baseline.EmployeeContributions
                || hrkit.WageTax != baseline.WageTax || hrkit.NetPay != baseline.NetPay)
            {
                if (mismatches++ < 10)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{input.EmployeeId} {input.City}: HrKit gross {hrkit.GrossPay} ee {hrkit.EmployeeContributions} iit {hrkit.WageTax} net {hrkit.NetPay}; RulesEngine gross {baseline.GrossPay} ee {baseline.EmployeeContributions} iit {baseline.WageTax} net {baseline.NetPay}"));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{inputs.Length - mismatches} of {inputs.Length} employees identical (gross, employee contributions, IIT, net)."));
        return mismatches == 0 ? 0 : 1;
    }
}
