using HrKit.Payroll.Model;

namespace HrKit.Benchmarks.Payroll;

/// <summary>
/// One deterministic bulk workload per jurisdiction pack, for <see cref="PayrollBulkBenchmarks"/>. A new pack adds its
/// code to <see cref="Codes"/>, a generator here (a month whose year-to-date state is made by paying the earlier
/// months with the engine, as <see cref="PayrollWorkload"/> does for China) and one [Benchmark] method in
/// <see cref="PayrollBulkBenchmarks"/> that calls <c>Summaries("XX")</c>.
/// </summary>
public static class JurisdictionWorkloads
{
    /// <summary>The packs with a workload.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["CN", "GB"];

    /// <summary><paramref name="count"/> employee-months of <paramref name="jurisdiction"/>.</summary>
    public static EmployeeMonthInput[] Create(string jurisdiction, int count) => jurisdiction switch
    {
        "CN" => PayrollWorkload.Create(count),
        "GB" => UkPayrollWorkload.Create(count),
        _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "No workload for this jurisdiction; add one to JurisdictionWorkloads."),
    };
}
