namespace HrKit.Payroll.Model;

/// <summary>Where a leave request or an overtime claim stands in the approval flow of the host's HR system.</summary>
public enum LeaveApprovalStatus
{
    /// <summary>Approved: paid by the leave policy's rule for its type.</summary>
    Approved = 0,

    /// <summary>Not yet decided: the absence is paid as unpaid leave until approved (re-run the month once it is).</summary>
    Pending = 1,

    /// <summary>Refused: the absence is unpaid.</summary>
    Rejected = 2,
}
