using System.Diagnostics.CodeAnalysis;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

/// <summary>The outcome for one record of a totals-only bulk run: a summary or an error.</summary>
public readonly record struct PayrollSummaryResult
{
    private PayrollSummaryResult(long index, PayslipSummary summary, PayrollError? error)
    {
        Index = index;
        Summary = summary;
        Error = error;
    }

    /// <summary>Zero-based position of the record in the run's input.</summary>
    public long Index { get; }

    /// <summary>The totals, when the record was paid (default otherwise).</summary>
    public PayslipSummary Summary { get; }

    /// <summary>The error, when it was not.</summary>
    public PayrollError? Error { get; }

    /// <summary>Whether the record was paid.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static PayrollSummaryResult Success(long index, PayslipSummary summary) => new(index, summary, null);

    /// <summary>A failed result.</summary>
    public static PayrollSummaryResult Failure(long index, PayrollError error) => new(index, default, error);
}
