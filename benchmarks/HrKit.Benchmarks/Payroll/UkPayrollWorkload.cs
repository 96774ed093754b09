using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// A deterministic UK company for the GB workload of <see cref="JurisdictionWorkloads"/>: monthly pay in June 2025 (tax month 3), a spread of salaries,
/// tax codes of every kind (1257L, Scottish and Welsh codes, K codes, BR, D0, week 1/month 1) and National Insurance
/// categories A, B, C, H, J, M, Z. Each employee's year-to-date state through May is produced by paying April and May
/// with the engine, so the cumulative PAYE state is consistent.
/// </summary>
public static class UkPayrollWorkload
{
    public const int Seed = 20_250_601;

    public static readonly YearMonth Month = new(2025, 6);

    private static readonly string[] Codes = ["1257L", "1257L", "1257L", "S1257L", "S1257L", "C1257L", "K475", "SK1100", "BR", "D0", "1100L M1", "0T"];
    private static readonly string[] Categories = ["A", "A", "A", "A", "B", "C", "H", "J", "M", "Z"];
    private static readonly string[] Departments = ["Engineering", "Sales", "Operations", "Finance"];

    /// <summary>The June 2025 inputs of <paramref name="count"/> employees, with their state through May.</summary>
    public static EmployeeMonthInput[] Create(int count)
    {
        var random = new Random(Seed);
        var inputs = new EmployeeMonthInput[count];
        for (var i = 0; i < count; i++)
        {
            inputs[i] = new EmployeeMonthInput
            {
                EmployeeId = $"G{i:D7}",
                Jurisdiction = UnitedKingdomPack.JurisdictionCode,
                Department = Departments[i % Departments.Length],
                Period = new YearMonth(2025, 4),
                BaseSalary = 1_500m + (random.Next(0, 1_400) * 10m),
                Overtime = new OvertimeHours(random.Next(0, 4) == 0 ? random.Next(1, 20) : 0m, 0m, 0m),
                OtherEarnings = random.Next(0, 10) == 0 ? random.Next(100, 5_000) : 0m,
                JurisdictionInput = new UnitedKingdomInput { TaxCode = Codes[random.Next(Codes.Length)], NiCategory = Categories[random.Next(Categories.Length)] },
            };
        }

        // Pay April and May for real to get each employee's state; parallel and totals-only for speed.
        var engine = new PayrollEngineBuilder().Build();
        for (var month = 4; month < Month.Month; month++)
        {
            var results = engine.CalculateManySummaries(inputs).ToArray();
            for (var i = 0; i < count; i++)
            {
                inputs[i] = inputs[i] with { Period = new YearMonth(2025, month + 1), JurisdictionYearToDate = results[i].Summary.JurisdictionYearToDate };
            }
        }

        return inputs;
    }
}
