namespace HrKit.Integration.Reconciliation;

/// <summary>A record a sync read but did not use.</summary>
/// <param name="Source">The system it came from.</param>
/// <param name="RecordId">The record's id in that system.</param>
/// <param name="EmployeeId">The employee or vendor user id, when known.</param>
/// <param name="Reason">Why it was rejected.</param>
/// <param name="Detail">A sentence a person can act on.</param>
public sealed record RejectedRecord(string Source, string RecordId, string? EmployeeId, RejectionReason Reason, string Detail);
