using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// A deterministic company for the payroll benchmarks: four cities, a spread of salaries, overtime on every kind of day,
/// unpaid leave and late arrivals, performance grades, special additional deductions, chosen housing fund rates and
/// explicit contribution bases. The benchmarked month is March 2025; each employee's year-to-date state through February
/// is produced by actually paying January and February with the engine, so the cumulative tax state is consistent.
/// </summary>
public static class PayrollWorkload
{
    public const int Seed = 20_250_301;

    public static readonly YearMonth Month = new(2025, 3);

    private static readonly string[] Cities = ["beijing", "shanghai", "shenzhen", "guangzhou"];
    private static readonly int[] CityWeights = [30, 30, 20, 20];
    private static readonly string?[] Grades = ["S", "A", "A", "B", "B", "B", "B", "C", "D", null];
    private static readonly string[] Departments = ["R&D", "Sales", "Operations", "Finance", "HR", "Support", "Marketing", "Legal"];

    // Allowance packages are shared between employees of the same package (as an HR system would intern them); this keeps
    // the 1 M-employee input set at a few hundred MB without changing what the engine does per employee.
    private static readonly IReadOnlyDictionary<string, decimal>[] AllowancePackages =
    [
        new Dictionary<string, decimal>(StringComparer.Ordinal),
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["meal"] = 500m },
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["meal"] = 500m, ["transport"] = 300m },
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["meal"] = 800m, ["transport"] = 500m, ["communication"] = 200m },
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["meal"] = 600m, ["housing"] = 1_500m },
        new Dictionary<string, decimal>(StringComparer.Ordinal) { ["meal"] = 800m, ["transport"] = 500m, ["housing"] = 3_000m, ["communication"] = 300m },
    ];

    private static readonly SpecialAdditionalDeductions[] DeductionPatterns =
    [
        SpecialAdditionalDeductions.None,
        SpecialAdditionalDeductions.None,
        new() { HousingRent = 1_500m },
        new() { HousingRent = 1_100m, ContinuingEducation = 400m },
        new() { ChildEducation = 2_000m, HousingLoanInterest = 1_000m },
        new() { ChildEducation = 4_000m, ElderlySupport = 3_000m, HousingLoanInterest = 1_000m },
        new() { InfantCare = 2_000m, ElderlySupport = 1_500m, HousingRent = 1_500m },
        new() { ElderlySupport = 3_000m },
        new() { ChildEducation = 2_000m, InfantCare = 2_000m, ElderlySupport = 1_500m },
        new() { ContinuingEducation = 400m, HousingRent = 800m },
    ];

    /// <summary>The March 2025 inputs of <paramref name="count"/> employees, with their state through February.</summary>
    public static EmployeeMonthInput[] Create(int count)
    {
        var profiles = new Profile[count];
        var random = new Random(Seed);
        for (var i = 0; i < count; i++)
        {
            profiles[i] = Profile.Next(random, i);
        }

        // Pay January and February for real to get each employee's year-to-date state; parallel and totals-only for speed.
        var engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Environment.ProcessorCount).Build();
        var ytd = new TaxYearToDate?[count];
        for (var month = 1; month <= 2; month++)
        {
            var period = new YearMonth(2025, month);
            var monthRandom = new Random(Seed + month);
            var inputs = new EmployeeMonthInput[count];
            for (var i = 0; i < count; i++)
            {
                inputs[i] = profiles[i].Month(monthRandom, period, ytd[i]);
            }

            var j = 0;
            foreach (var result in engine.CalculateManySummaries(inputs))
            {
                ytd[j++] = result.IsSuccess
                    ? result.Summary.YearToDate
                    : throw new InvalidOperationException($"Workload generation failed for {inputs[j - 1].EmployeeId}: {result.Error}");
            }
        }

        var march = new EmployeeMonthInput[count];
        var marchRandom = new Random(Seed + 3);
        for (var i = 0; i < count; i++)
        {
            march[i] = profiles[i].Month(marchRandom, Month, ytd[i]);
        }

        return march;
    }

    private static string Pick(Random random, string[] values, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < values.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }

    private static decimal Hours(Random random, double probability, int maxHalfHours) =>
        random.NextDouble() < probability ? random.Next(1, maxHalfHours + 1) * 0.5m : 0m;

    /// <summary>What stays the same about an employee from month to month.</summary>
    private sealed record Profile(
        string EmployeeId,
        string City,
        string Department,
        decimal BaseSalary,
        IReadOnlyDictionary<string, decimal> Allowances,
        SpecialAdditionalDeductions Deductions,
        decimal BonusBase,
        decimal? SocialInsuranceBase,
        decimal? HousingFundRate,
        decimal PostTaxDeductions)
    {
        public static Profile Next(Random random, int index)
        {
            var city = Pick(random, Cities, CityWeights);
            // Roughly log-normal monthly salaries: 4 000 to ~80 000, median about 12 000, rounded to 100.
            var salary = Math.Round((decimal)Math.Exp(9.4 + (0.6 * Normal(random))), 0) / 100m;
            salary = Math.Clamp(Math.Round(salary, 0) * 100m, 4_000m, 80_000m);
            var allowances = AllowancePackages[random.Next(AllowancePackages.Length)];
            decimal? siBase = random.NextDouble() < 0.2 ? Math.Round(salary * 0.9m, 0) : null;
            decimal? hfRate = city switch
            {
                "shenzhen" or "guangzhou" when random.NextDouble() < 0.3 => 0.10m,
                "beijing" when random.NextDouble() < 0.1 => 0.08m,
                _ => null,
            };
            return new Profile(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"E{index + 1:D7}"),
                city,
                Departments[random.Next(Departments.Length)],
                salary,
                allowances,
                DeductionPatterns[random.Next(DeductionPatterns.Length)],
                random.NextDouble() < 0.6 ? Math.Round(salary * 0.2m, 0) : 0m,
                siBase,
                hfRate,
                random.NextDouble() < 0.1 ? 200m : 0m);
        }

        public EmployeeMonthInput Month(Random random, YearMonth period, TaxYearToDate? ytd) => new()
        {
            EmployeeId = EmployeeId,
            Department = Department,
            Period = period,
            City = City,
            BaseSalary = BaseSalary,
            Allowances = Allowances,
            Attendance = new AttendanceInput(
                ScheduledDays: 21m,
                WorkedDays: 21m,
                UnpaidLeaveDays: random.NextDouble() < 0.1 ? random.Next(1, 7) * 0.5m : 0m,
                LateCount: random.NextDouble() < 0.2 ? random.Next(1, 5) : 0,
                LateMinutes: 0),
            Overtime = new OvertimeHours(Hours(random, 0.4, 72), Hours(random, 0.15, 32), Hours(random, 0.05, 48)),
            Performance = new PerformanceInput(Grades[random.Next(Grades.Length)], BonusBase, random.NextDouble() < 0.2 ? 0.10m : 0m),
            OtherEarnings = random.NextDouble() < 0.05 ? random.Next(1, 50) * 100m : 0m,
            TaxFreeIncome = random.NextDouble() < 0.05 ? 300m : 0m,
            PostTaxDeductions = PostTaxDeductions,
            OtherTaxDeductions = random.NextDouble() < 0.03 ? 1_000m : 0m,
            SocialInsuranceBase = SocialInsuranceBase,
            HousingFundRate = HousingFundRate,
            SpecialAdditionalDeductions = Deductions,
            YearToDate = ytd,
        };

        private static double Normal(Random random) =>
            Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }
}
