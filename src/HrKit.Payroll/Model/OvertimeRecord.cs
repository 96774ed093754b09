using NodaTime;

namespace HrKit.Payroll.Model;

/// <summary>
/// Overtime worked on one day: the hours the clock recorded and the hours approved. The leave policy's
/// <c>overtime</c> setting chooses which are paid.
/// </summary>
/// <param name="Date">The day worked.</param>
/// <param name="Kind">Working day (150 %), rest day (200 %) or statutory holiday (300 %).</param>
/// <param name="ClockedHours">Hours beyond the normal schedule recorded by time clocks.</param>
/// <param name="ApprovedHours">Hours approved by the manager; null when no approval exists (not paid under the approved basis).</param>
/// <param name="ApprovalId">The approval's id in the source system; may be empty.</param>
public sealed record OvertimeRecord(
    LocalDate Date,
    OvertimeDayKind Kind,
    decimal ClockedHours,
    decimal? ApprovedHours = null,
    string ApprovalId = "");
