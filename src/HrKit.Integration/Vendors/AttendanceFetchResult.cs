using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;

namespace HrKit.Integration.Vendors;

/// <summary>What an <see cref="IAttendanceSource"/> read.</summary>
/// <param name="Records">Normalised check-ins.</param>
/// <param name="Rejected">Vendor records that could not be normalised (unknown type, unmapped user).</param>
/// <param name="FailedRequests">Vendor requests that failed after retries; their records are missing.</param>
public sealed record AttendanceFetchResult(
    IReadOnlyList<CheckInRecord> Records,
    IReadOnlyList<RejectedRecord> Rejected,
    IReadOnlyList<FailedRequest> FailedRequests);
