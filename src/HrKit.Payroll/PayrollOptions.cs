namespace HrKit.Payroll;

/// <summary>Options for <c>services.AddHrKitPayroll(...)</c>. Validated at start-up; every message says how to fix it.</summary>
public sealed class PayrollOptions
{
    /// <summary>The configuration section these options are read from by <c>AddHrKit…(IConfiguration)</c>: <c>HrKit:Payroll</c>.</summary>
    public const string SectionName = "HrKit:Payroll";

    /// <summary>
    /// China mainland's pay policy JSON file (other jurisdictions use their pack's default policy, docs/jurisdictions.md).
    /// <value>Default: null, the built-in China mainland standard policy.</value>
    /// </summary>
    public string? PolicyPath { get; set; }

    /// <summary>
    /// A contribution table JSON file whose schedules replace or extend the built-in ones (same city and start date
    /// replaces). <value>Default: null, the built-in table only.</value>
    /// </summary>
    public string? ContributionOverridesPath { get; set; }

    /// <summary>Threads used by bulk runs. <value>Default: <see cref="Environment.ProcessorCount"/>.</value></summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Records per parallel batch in bulk runs; bounds the memory a run holds. Full payslips (<c>CalculateMany</c>) use at
    /// most 256 per batch whatever this says, so they stay young for the garbage collector. The default keeps a batch's
    /// summaries (~200 bytes each) within the processor caches: 2 048 paid China summaries ~10 % faster than 4 096 on
    /// two cores (benchmarks/README.md). <value>Default: 2 048.</value>
    /// </summary>
    public int BatchSize { get; set; } = 2_048;

    /// <summary>
    /// Overtime share of a department's gross pay above which the overtime report raises an alert.
    /// <value>Default: 0.20 (20 %).</value>
    /// </summary>
    public decimal OvertimeAlertShare { get; set; } = 0.20m;
}
