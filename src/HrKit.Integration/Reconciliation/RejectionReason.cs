namespace HrKit.Integration.Reconciliation;

/// <summary>Why a record read during a sync was not used.</summary>
public enum RejectionReason
{
    /// <summary>The record names no employee.</summary>
    MissingEmployeeId = 0,

    /// <summary>The employee is not in the roster the host passed.</summary>
    UnknownEmployee = 1,

    /// <summary>The vendor's user id has no mapping to a host employee id.</summary>
    UnmappedUser = 2,

    /// <summary>The check-in lies in the future beyond the allowed clock skew.</summary>
    InFuture = 3,

    /// <summary>A field could not be understood (unknown check-in type, zero timestamp).</summary>
    Malformed = 4,

    /// <summary>The check-in falls on a work day before the employee's hire date or after their termination date.</summary>
    NotEmployed = 5,
}
