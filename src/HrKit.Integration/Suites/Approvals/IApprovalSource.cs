namespace HrKit.Integration.Suites.Approvals;

/// <summary>One vendor's approval API for one company: ids in documented windows and pages, then each request.</summary>
internal interface IApprovalSource
{
    SuiteVendor Vendor { get; }

    /// <summary>Request ids with the kind each was listed under, window by window and page by page.</summary>
    IAsyncEnumerable<(string Id, ApprovalKind? Kind)> ListAsync(CompanyRef company, ApprovalQuery query, CancellationToken cancellationToken);

    Task<Parsed<ApprovalRequest>> GetAsync(CompanyRef company, string id, ApprovalKind? kind, CancellationToken cancellationToken);
}
