using HrKit.Payroll.Engine;

namespace HrKit.Payroll.Periods;

/// <summary>How <see cref="PayrollPeriodService.RunAsync"/> treats rejected records and who it records as running the months.</summary>
public sealed record PeriodRunOptions
{
    /// <summary>Recorded as the actor of the run. Default <c>hrkit</c>.</summary>
    public string Actor { get; init; } = "hrkit";

    /// <summary>
    /// Share of records (0–1) that may be rejected while the run is still stored; default 0: any rejected record means
    /// nothing is stored. Rejected records are never stored, so the next month reports a gap for their employees.
    /// </summary>
    public decimal MaxErrorRate { get; init; }

    /// <summary>Called with every record's result in input order (to print or stream payslips as they are computed).</summary>
    public Action<PayrollResult>? OnResult { get; init; }

    /// <summary>
    /// Records the caller rejected before handing them over (unreadable JSON records), counted against
    /// <see cref="MaxErrorRate"/> as read and rejected; read when the run ends.
    /// </summary>
    public Func<long>? RejectedByCaller { get; init; }
}
