using System.Collections.Concurrent;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using Microsoft.Extensions.Logging;

namespace HrKit.Integration.Vendors;

/// <summary>
/// Runs the pieces of a split query with bounded concurrency. A piece that fails after all retries is reported and
/// the others still count: a sync that is 95 % complete, and says so, beats one that crashed.
/// </summary>
internal static class PiecewiseFetch
{
    public static async Task<AttendanceFetchResult> RunAsync<TPiece>(
        string vendor,
        IEnumerable<TPiece> pieces,
        int maxConcurrency,
        Func<TPiece, CancellationToken, Task<IReadOnlyList<Normalised>>> fetch,
        Func<TPiece, string> describe,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var records = new ConcurrentBag<CheckInRecord>();
        var rejected = new ConcurrentBag<RejectedRecord>();
        var failed = new ConcurrentBag<FailedRequest>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxConcurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pieces, parallel, async (piece, ct) =>
        {
            try
            {
                foreach (var item in await fetch(piece, ct).ConfigureAwait(false))
                {
                    if (item.Record is { } record)
                    {
                        records.Add(record);
                    }
                    else if (item.Rejected is { } rejection)
                    {
                        rejected.Add(rejection);
                    }
                }
            }
            catch (Exception ex) when (ex is VendorApiException or HttpRequestException or TimeoutException
                                       || (ex is OperationCanceledException && !ct.IsCancellationRequested))
            {
                logger.LogError(ex, "{Vendor} request for {Scope} failed; its records are missing from this sync.", vendor, describe(piece));
                failed.Add(new FailedRequest(vendor, describe(piece), ex.Message));
            }
        }).ConfigureAwait(false);

        IntegrationTelemetry.RecordsRead.Add(records.Count + rejected.Count, new KeyValuePair<string, object?>("vendor", vendor));
        return new AttendanceFetchResult(
            [.. records.OrderBy(r => r.Time).ThenBy(r => r.EmployeeId, StringComparer.Ordinal)],
            [.. rejected],
            [.. failed.OrderBy(f => f.Scope, StringComparer.Ordinal)]);
    }
}
