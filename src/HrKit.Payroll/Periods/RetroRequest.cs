using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>
/// A retro recalculation: closed months of <see cref="SettleIn"/>'s tax year recomputed with corrected inputs (or with
/// the service's engine, e.g. a corrected contribution table, from <see cref="From"/>), the difference paid in
/// <see cref="SettleIn"/>.
/// </summary>
/// <param name="CompanyId">The company.</param>
/// <param name="SettleIn">The open month that pays the difference.</param>
/// <param name="Actor">Who asks for it (recorded).</param>
/// <param name="Reason">Why (recorded, and quoted on every retro line).</param>
public sealed record RetroRequest(string CompanyId, YearMonth SettleIn, string Actor, string Reason)
{
    /// <summary>
    /// Corrected inputs of closed months (a backdated raise: one per month raised; overtime approved late: the month it
    /// was worked). Each replaces the stored input of its employee-month; their <c>yearToDate</c> is ignored. Held in
    /// memory: keep a correction file to the employees it corrects.
    /// </summary>
    public IReadOnlyList<EmployeeMonthInput> Corrections { get; init; } = [];

    /// <summary>
    /// Recalculate every employee paid from this month on, with their stored inputs unless corrected (a corrected
    /// contribution table or policy in the service's engine); null recalculates only the corrected employees, from
    /// their first corrected month.
    /// </summary>
    public YearMonth? From { get; init; }

    /// <summary>Called with each employee's settlement as it is computed.</summary>
    public Action<RetroSettlement>? OnSettlement { get; init; }
}
