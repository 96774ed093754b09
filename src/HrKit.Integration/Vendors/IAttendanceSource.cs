using NodaTime;

namespace HrKit.Integration.Vendors;

/// <summary>An attendance system that check-ins can be read from (WeCom, DingTalk, or the host's own).</summary>
public interface IAttendanceSource
{
    /// <summary>The source name used in records and reports, e.g. <c>wecom</c>.</summary>
    string Name { get; }

    /// <summary>Whether the source has credentials and should be used.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// Reads the check-ins of the given employees in a local date range. A failed vendor request does not fail the
    /// whole fetch: it is reported in <see cref="AttendanceFetchResult.FailedRequests"/> and the rest is returned.
    /// </summary>
    /// <param name="employeeIds">Host employee ids.</param>
    /// <param name="first">First local date, inclusive.</param>
    /// <param name="last">Last local date, inclusive.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    Task<AttendanceFetchResult> FetchAsync(IReadOnlyCollection<string> employeeIds, LocalDate first, LocalDate last, CancellationToken cancellationToken = default);
}
