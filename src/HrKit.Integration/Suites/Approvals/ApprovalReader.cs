using System.Runtime.CompilerServices;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Vendors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HrKit.Integration.Suites.Approvals;

/// <summary>
/// Reads one company's leave and overtime requests from its vendor's approval API, within the vendor's documented
/// windows and page sizes, as a stream: ids page by page, then each request's detail, a few at a time
/// (<c>Suites.MaxConcurrentDetailRequests</c>). Nothing is thrown for vendor trouble: it comes out as an item.
/// </summary>
public class ApprovalReader
{
    private readonly Dictionary<SuiteVendor, IApprovalSource> _sources = [];
    private readonly int _concurrency;
    private readonly ILogger _logger = null!;

    internal ApprovalReader(IEnumerable<IApprovalSource> sources, IOptions<SuiteOptions> options, ILogger<ApprovalReader> logger)
    {
        foreach (var source in sources)
        {
            _sources[source.Vendor] = source;
        }

        _concurrency = Math.Clamp(options.Value.MaxConcurrentDetailRequests, 1, 32);
        _logger = logger;
    }

    /// <summary>For mocking frameworks only.</summary>
    protected ApprovalReader()
    {
    }

    /// <summary>
    /// The company's leave and overtime requests submitted in the query's dates: understood requests, vendor records
    /// rejected with a reason, and failed vendor requests. A failed listing, or the company cancelling its
    /// authorisation, ends the stream with a failed item: what came before it stands.
    /// </summary>
    /// <param name="company">The company.</param>
    /// <param name="query">The submission dates (and DingTalk's process codes).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async IAsyncEnumerable<ApprovalReadItem> ReadAsync(
        CompanyRef company, ApprovalQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Last < query.First)
        {
            throw new ArgumentException($"ApprovalQuery.Last ({query.Last}) is before First ({query.First}).", nameof(query));
        }

        var source = Source(company);
        var ids = source.ListAsync(company, query, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using var disposeIds = ids.ConfigureAwait(false);
        var batch = new List<(string Id, ApprovalKind? Kind)>(_concurrency);
        while (true)
        {
            var (hasNext, failure) = await MoveNextAsync(ids, company, cancellationToken).ConfigureAwait(false);
            if (hasNext)
            {
                batch.Add(ids.Current);
            }

            if (batch.Count == _concurrency || (!hasNext && batch.Count > 0))
            {
                var items = await Task.WhenAll(batch.Select(i => GetAsync(source, company, i.Id, i.Kind, cancellationToken))).ConfigureAwait(false);
                batch.Clear();
                foreach (var item in items)
                {
                    yield return item;
                }

                if (items.Any(i => i.Failed is not null && i.Failed.Error.Contains(nameof(SuiteAuthorisationException), StringComparison.Ordinal)))
                {
                    yield break;
                }
            }

            if (failure is not null)
            {
                yield return ApprovalReadItem.Of(failure);
                yield break;
            }

            if (!hasNext)
            {
                yield break;
            }
        }
    }

    /// <summary>One request, e.g. the one an approval callback named.</summary>
    /// <param name="company">The company.</param>
    /// <param name="requestId">WeCom sp_no or DingTalk process instance id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual Task<ApprovalReadItem> ReadOneAsync(CompanyRef company, string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        ArgumentException.ThrowIfNullOrEmpty(requestId);
        return GetAsync(Source(company), company, requestId, null, cancellationToken);
    }

    private async Task<(bool HasNext, FailedRequest? Failure)> MoveNextAsync(
        IAsyncEnumerator<(string, ApprovalKind?)> ids, CompanyRef company, CancellationToken cancellationToken)
    {
        try
        {
            return (await ids.MoveNextAsync().ConfigureAwait(false), null);
        }
        catch (Exception ex) when (!FailureDescription.IsCallerCancellation(ex, cancellationToken))
        {
            _logger.LogError(ex, "{Company} approval listing failed; the read is incomplete.", company);
            return (false, Failed(company, "approval listing", ex));
        }
    }

    private async Task<ApprovalReadItem> GetAsync(IApprovalSource source, CompanyRef company, string id, ApprovalKind? kind, CancellationToken cancellationToken)
    {
        try
        {
            return ApprovalReadItem.Of(await source.GetAsync(company, id, kind, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (!FailureDescription.IsCallerCancellation(ex, cancellationToken))
        {
            _logger.LogError(ex, "{Company} approval {Id} could not be read.", company, id);
            return ApprovalReadItem.Of(Failed(company, "approval " + id, ex));
        }
    }

    private static FailedRequest Failed(CompanyRef company, string scope, Exception ex) =>
        new(company.VendorName, $"{company.CorpId} {scope}", ex is SuiteAuthorisationException ? nameof(SuiteAuthorisationException) + ": " + ex.Message : FailureDescription.Of(ex));

    private IApprovalSource Source(CompanyRef company) => _sources.TryGetValue(company.Vendor, out var source)
        ? source
        : throw new InvalidOperationException($"No approval source for {company.Vendor}: call services.AddHrKitSuites(...).");
}
