using NodaTime;

namespace HrKit.Integration.Suites.Approvals;

/// <summary>Which requests to read: those submitted between two local dates (inclusive), in the configured zone.</summary>
/// <param name="First">First submission date.</param>
/// <param name="Last">Last submission date.</param>
public sealed record ApprovalQuery(LocalDate First, LocalDate Last)
{
    /// <summary>
    /// DingTalk only: the process codes of the company's leave templates. DingTalk lists instances per template, and
    /// each company has its own codes (the host learns them when the company sets up the app).
    /// </summary>
    public IReadOnlyList<string> DingTalkLeaveProcessCodes { get; init; } = [];

    /// <summary>DingTalk only: the process codes of the company's overtime templates.</summary>
    public IReadOnlyList<string> DingTalkOvertimeProcessCodes { get; init; } = [];
}
