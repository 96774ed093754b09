using System.Diagnostics.CodeAnalysis;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

/// <summary>The outcome for one record of a bulk run: a payslip or an error, never neither.</summary>
public readonly record struct PayrollResult
{
    private PayrollResult(long index, Payslip? payslip, PayrollError? error)
    {
        Index = index;
        Payslip = payslip;
        Error = error;
    }

    /// <summary>Zero-based position of the record in the run's input.</summary>
    public long Index { get; }

    /// <summary>The payslip, when the record was paid.</summary>
    public Payslip? Payslip { get; }

    /// <summary>The error, when it was not.</summary>
    public PayrollError? Error { get; }

    /// <summary>Whether the record produced a payslip.</summary>
    [MemberNotNullWhen(true, nameof(Payslip))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Payslip is not null;

    /// <summary>A successful result.</summary>
    public static PayrollResult Success(long index, Payslip payslip) => new(index, payslip, null);

    /// <summary>A failed result.</summary>
    public static PayrollResult Failure(long index, PayrollError error) => new(index, null, error);
}
