using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Periods;

/// <summary>One component of one recalculated month: what was paid, what should have been paid, and the difference.</summary>
/// <param name="Month">The closed month recalculated.</param>
/// <param name="Code">The payslip line code, e.g. <c>BASE</c>, <c>OT_WORKDAY</c>, <c>PENSION_EE</c>, <c>IIT</c>.</param>
/// <param name="Name">The line's name.</param>
/// <param name="Kind">The line's kind; <see cref="PayslipLineKind.Tax"/> lines are shown, and settled through the cumulative withholding of the settlement month.</param>
/// <param name="Original">The amount on the payslip as paid (0 when the line was absent).</param>
/// <param name="Recalculated">The amount after the correction (0 when the line is now absent).</param>
public sealed record RetroLine(YearMonth Month, string Code, string Name, PayslipLineKind Kind, decimal Original, decimal Recalculated)
{
    /// <summary>Recalculated minus original.</summary>
    public decimal Delta => Recalculated - Original;
}
