using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>What a stored run did.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Months">The months run, ascending.</param>
/// <param name="Read">Records read (including those the caller rejected).</param>
/// <param name="Paid">Payslips stored.</param>
/// <param name="Rejected">Records rejected (not stored).</param>
/// <param name="Replaced">Payslips of re-run months that this run replaced.</param>
public sealed record PeriodRunSummary(string CompanyId, ImmutableArray<YearMonth> Months, long Read, long Paid, long Rejected, long Replaced);
