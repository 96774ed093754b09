using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>One recorded action on a company's pay month: who did what, when and why.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Month">The pay month acted on.</param>
/// <param name="Action">What was done.</param>
/// <param name="Actor">Who did it (a user name or a system id, as the host passes it).</param>
/// <param name="At">When, from the service's <see cref="IClock"/>.</param>
/// <param name="Reason">Why: required for a reopen and a retro; a summary for a run.</param>
public sealed record PeriodEvent(string CompanyId, YearMonth Month, PeriodAction Action, string Actor, Instant At, string Reason);
