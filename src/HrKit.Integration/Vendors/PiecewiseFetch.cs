using System.Collections.Concurrent;
using HrKit.Integration.Model;
using HrKit.Integration.Reconciliation;
using Microsoft.Extensions.Logging;

namespace HrKit.Integration.Vendors;

/// <summary>
/// Runs the pieces of a split query with bounded concurrency. A piece that fails after all retries is reported and
/// the others still count: a sync that is 95 % complete, and says so, beats one that crashed. Only the caller's own
/// cancellation token stops the fetch.
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
        IntegrationMetrics metrics,
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
            catch (Exception ex) when (!FailureDescription.IsCallerCancellation(ex, cancellationToken))
            {
                // Any failure of one piece (vendor error, timeout, open circuit, reset connection, unexpected body) costs
                // that piece only: catching less would let one slow answer throw away every healthy piece.
                logger.LogError(ex, "{Vendor} request for {Scope} failed; its records are missing from this sync.", vendor, describe(piece));
                failed.Add(new FailedRequest(vendor, describe(piece), FailureDescription.Of(ex)));
            }
        }).ConfigureAwait(false);

        metrics.RecordsRead.Add(records.Count + rejected.Count, new KeyValuePair<string, object?>("vendor", vendor));
        return new AttendanceFetchResult(
            [.. records.OrderBy(r => r.Time).ThenBy(r => r.EmployeeId, StringComparer.Ordinal)],
            [.. rejected],
            [.. failed.OrderBy(f => f.Scope, StringComparer.Ordinal)]);
    }
}
