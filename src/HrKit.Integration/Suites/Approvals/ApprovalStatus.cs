namespace HrKit.Integration.Suites.Approvals;

/// <summary>Where a request stands, normalised across vendors.</summary>
public enum ApprovalStatus
{
    /// <summary>Still being approved (WeCom sp_status 1; DingTalk NEW/RUNNING).</summary>
    Pending = 0,

    /// <summary>Approved (WeCom 2 and 10; DingTalk COMPLETED with result agree). Only these count for pay.</summary>
    Approved = 1,

    /// <summary>Rejected (WeCom 3; DingTalk COMPLETED with result refuse).</summary>
    Rejected = 2,

    /// <summary>Withdrawn or revoked, before or after approval (WeCom 4, 6, 7; DingTalk TERMINATED/CANCELED).</summary>
    Withdrawn = 3,
}
