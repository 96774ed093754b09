namespace HrKit.Integration.Suites.Approvals;

/// <summary>The approval requests payroll reads.</summary>
public enum ApprovalKind
{
    /// <summary>A leave request (WeCom record_type 1 / Vacation control; DingTalk DDHolidayField).</summary>
    Leave = 0,

    /// <summary>An overtime request (WeCom record_type 5 / Attendance control; DingTalk overtime form).</summary>
    Overtime = 1,
}
