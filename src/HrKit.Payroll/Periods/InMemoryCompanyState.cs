using System.Collections.Immutable;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>One company's data in <see cref="InMemoryPayrollPeriodStore"/>: immutable, so a transaction edits a copy for free.</summary>
internal sealed record InMemoryCompanyState
{
    public static InMemoryCompanyState Empty { get; } = new();

    public ImmutableSortedDictionary<YearMonth, ImmutableSortedDictionary<string, ImmutableList<StoredPayslip>>> Months { get; init; } =
        ImmutableSortedDictionary<YearMonth, ImmutableSortedDictionary<string, ImmutableList<StoredPayslip>>>.Empty;

    public ImmutableDictionary<YearMonth, PeriodStatus> Statuses { get; init; } = ImmutableDictionary<YearMonth, PeriodStatus>.Empty;

    public ImmutableList<PeriodEvent> Events { get; init; } = [];

    public ImmutableDictionary<(string EmployeeId, YearMonth Month), ImmutableList<RetroSettlement>> Settlements { get; init; } =
        ImmutableDictionary<(string, YearMonth), ImmutableList<RetroSettlement>>.Empty;

    public ImmutableSortedDictionary<string, ImmutableList<StoredPayslip>> Month(YearMonth month) =>
        Months.TryGetValue(month, out var employees) ? employees : ImmutableSortedDictionary.Create<string, ImmutableList<StoredPayslip>>(StringComparer.Ordinal);

    public InMemoryCompanyState WithEmployeeMonth(string employeeId, YearMonth month, ImmutableList<StoredPayslip> revisions)
    {
        var employees = revisions.IsEmpty ? Month(month).Remove(employeeId) : Month(month).SetItem(employeeId, revisions);
        return this with { Months = employees.IsEmpty ? Months.Remove(month) : Months.SetItem(month, employees) };
    }
}
