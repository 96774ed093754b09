using NodaTime;

namespace HrKit.Integration.Model;

/// <summary>One check-in, normalised from any vendor.</summary>
/// <param name="Source">Where it came from, e.g. <c>wecom</c>, <c>dingtalk</c>, <c>file</c>.</param>
/// <param name="RecordId">The vendor's record id; with <paramref name="Source"/> it identifies the record for de-duplication.</param>
/// <param name="EmployeeId">The employee (vendor user ids are mapped to host ids before this point).</param>
/// <param name="Time">When the check-in happened, as an instant; local dates come from the configured time zone.</param>
/// <param name="Kind">Start, end or field check-in.</param>
/// <param name="Outcome">The vendor's verdict.</param>
public sealed record CheckInRecord(
    string Source,
    string RecordId,
    string EmployeeId,
    Instant Time,
    CheckInKind Kind,
    CheckInOutcome Outcome = CheckInOutcome.Normal);
