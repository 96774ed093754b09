using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.HongKong;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// Deterministic Hong Kong and Singapore companies, benchmarked in June 2025: salaries around and across the MPF levels
/// and the CPF bands and ceilings, new joiners in their MPF holiday, allowances claimed, ages in every CPF group,
/// citizens, SPRs in their 1st/2nd/3rd year under each rate option, and foreigners; one employee in ten is paid a bonus
/// in June. Each employee's year-to-date state is made by paying the earlier months of the tax year with the engine
/// (April–May for Hong Kong, January–May for Singapore).
/// </summary>
public static class PackWorkload
{
    public const int Seed = 20_250_601;

    public static readonly YearMonth Month = new(2025, 6);

    public static EmployeeMonthInput[] HongKong(int count)
    {
        var random = new Random(Seed);
        var employees = new EmployeeMonthInput[count];
        for (var i = 0; i < count; i++)
        {
            var joiner = random.Next(10) == 0;
            employees[i] = new EmployeeMonthInput
            {
                EmployeeId = $"HK{i:D7}",
                Jurisdiction = "HK",
                Period = Month,
                BaseSalary = random.Next(60, 900) * 100m,
                Overtime = new OvertimeHours(random.Next(4) * 2m, 0m, 0m),
                JurisdictionInput = new HongKongInput
                {
                    EmploymentStart = joiner ? new LocalDate(2025, 5, 1 + random.Next(28)) : null,
                    MarriedPersonAllowance = random.Next(2) == 0,
                    Children = random.Next(3),
                },
            };
        }

        return WithYearToDate(employees, 4, random);
    }

    public static EmployeeMonthInput[] Singapore(int count)
    {
        var random = new Random(Seed + 1);
        var employees = new EmployeeMonthInput[count];
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(10);
            employees[i] = new EmployeeMonthInput
            {
                EmployeeId = $"SG{i:D7}",
                Jurisdiction = "SG",
                Period = Month,
                BaseSalary = random.Next(1, 150) * 100m,
                Overtime = new OvertimeHours(random.Next(4) * 2m, 0m, 0m),
                JurisdictionInput = new SingaporeInput
                {
                    DateOfBirth = new LocalDate(1953 + random.Next(50), 1 + random.Next(12), 1 + random.Next(28)),
                    Residency = kind switch { < 7 => CpfResidency.Citizen, < 9 => CpfResidency.PermanentResident, _ => CpfResidency.Foreigner },
                    SprStart = kind is 7 or 8 ? new LocalDate(2022 + random.Next(3), 1 + random.Next(12), 1 + random.Next(28)) : null,
                    SprRateOption = (SprRateOption)random.Next(3),
                },
            };
        }

        return WithYearToDate(employees, 1, random);
    }

    /// <summary>China, Hong Kong and Singapore employees interleaved one by one, <paramref name="count"/> in all.</summary>
    public static EmployeeMonthInput[] Mixed(int count)
    {
        var third = (count + 2) / 3;
        var china = PayrollWorkload.Create(third);
        var hk = HongKong(third);
        var sg = Singapore(third);
        var inputs = new EmployeeMonthInput[count];
        for (var i = 0; i < count; i++)
        {
            inputs[i] = (i % 3) switch { 0 => china[i / 3], 1 => hk[i / 3], _ => sg[i / 3] };
        }

        return inputs;
    }

    // Pays the months from the tax year's first to May on the totals path, carrying the pack's state, then returns the
    // June inputs with that state and a bonus for one in ten.
    private static EmployeeMonthInput[] WithYearToDate(EmployeeMonthInput[] employees, int firstMonth, Random random)
    {
        var engine = new PayrollEngineBuilder().WithMaxDegreeOfParallelism(Environment.ProcessorCount).Build();
        var ytd = new JurisdictionYearToDate?[employees.Length];
        for (var month = firstMonth; month < Month.Month; month++)
        {
            var period = new YearMonth(Month.Year, month);
            var inputs = employees.Select((e, i) => e with { Period = period, JurisdictionYearToDate = ytd[i] }).ToArray();
            var j = 0;
            foreach (var result in engine.CalculateManySummaries(inputs))
            {
                ytd[j] = result.IsSuccess
                    ? result.Summary.JurisdictionYearToDate
                    : throw new InvalidOperationException($"Workload generation failed for {inputs[j].EmployeeId}: {result.Error}");
                j++;
            }
        }

        return [.. employees.Select((e, i) => e with
        {
            JurisdictionYearToDate = ytd[i],
            AnnualBonus = random.Next(10) == 0 ? random.Next(5, 60) * 1_000m : 0m,
        })];
    }
}
