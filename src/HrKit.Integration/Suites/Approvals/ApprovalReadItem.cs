using HrKit.Integration.Reconciliation;

namespace HrKit.Integration.Suites.Approvals;

/// <summary>One item of an approval read: exactly one of a request, a rejected record or a failed request.</summary>
public sealed record ApprovalReadItem
{
    private ApprovalReadItem(ApprovalRequest? request, RejectedRecord? rejected, FailedRequest? failed) =>
        (Request, Rejected, Failed) = (request, rejected, failed);

    /// <summary>The request, when it could be read and understood.</summary>
    public ApprovalRequest? Request { get; }

    /// <summary>The vendor record that could not be understood, with the reason.</summary>
    public RejectedRecord? Rejected { get; }

    /// <summary>A vendor request that failed after retries; the requests it would have returned are missing.</summary>
    public FailedRequest? Failed { get; }

    internal static ApprovalReadItem Of(Parsed<ApprovalRequest> parsed) => new(parsed.Value, parsed.Rejected, null);

    internal static ApprovalReadItem Of(FailedRequest failed) => new(null, null, failed);
}
