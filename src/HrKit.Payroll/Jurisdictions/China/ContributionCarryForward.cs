using NodaTime;

namespace HrKit.Payroll.Jurisdictions.China;

/// <summary>
/// A month paid on the city's latest schedule because the next cycle is not in the table yet. Shown on the payslip
/// (<c>Payslip.ProvisionalContributions</c>) and in run reports; settle the difference when the cycle is added
/// (docs/payroll-contributions.md, "Settling a provisional month").
/// </summary>
/// <param name="City">City code.</param>
/// <param name="Month">The pay month.</param>
/// <param name="UnpublishedCycle">The first month no schedule covers: the start of the cycle still missing.</param>
/// <param name="ScheduleFrom">First day of the schedule used.</param>
/// <param name="ScheduleTo">Last day of the schedule used.</param>
/// <param name="MonthsCarriedForward">How many months after the schedule's end the pay month is (1 for the first).</param>
/// <param name="Message">The text printed on the payslip, e.g. "2026-07 cycle not yet published; bases of the 2025-07 cycle used …".</param>
public sealed record ContributionCarryForward(
    string City,
    YearMonth Month,
    YearMonth UnpublishedCycle,
    LocalDate ScheduleFrom,
    LocalDate ScheduleTo,
    int MonthsCarriedForward,
    string Message);
