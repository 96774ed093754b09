using System.Text.Json;
using HrKit.Integration.Vendors;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace HrKit.Integration.Tests.Vendors;

/// <summary>Every way a piece can fail becomes a failed request; only the caller's own token cancels.</summary>
public sealed class PiecewiseFetchTests
{
    public static TheoryData<Exception, string> Failures => new()
    {
        { new TimeoutRejectedException("timed out"), "Http.AttemptTimeout" },
        { new BrokenCircuitException("circuit open"), "BrokenCircuitException" },
        { new RateLimiterRejectedException("too many"), "RateLimiterRejectedException" },
        { new HttpRequestException("connection refused"), "HTTP request failed: connection refused" },
        { new VendorApiException("wecom", "cgi-bin/checkin/getcheckindata", 60020, "not allow to access from your ip"), "errcode 60020" },
        { new JsonException("'x' is invalid"), "unexpected JSON" },
        { new OperationCanceledException("inner token"), "not by the caller" },
        { new InvalidOperationException("surprise"), "InvalidOperationException: surprise" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task RunAsync_OnePieceThrows_ReportsItAndKeepsTheOthers(Exception failure, string why)
    {
        var result = await PiecewiseFetch.RunAsync(
            "wecom", [1, 2, 3], 2,
            (piece, _) => piece == 2 ? throw failure : Task.FromResult<IReadOnlyList<Normalised>>([]),
            piece => $"piece {piece}", NullLogger.Instance, IntegrationTelemetry.Metrics, CancellationToken.None);

        var failed = Assert.Single(result.FailedRequests);
        Assert.Equal(("wecom", "piece 2"), (failed.Vendor, failed.Scope));
        Assert.Contains(why, failed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CallerTokenCancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PiecewiseFetch.RunAsync(
            "wecom", [1, 2], 1,
            async (_, ct) =>
            {
                await cts.CancelAsync();
                ct.ThrowIfCancellationRequested();
                return (IReadOnlyList<Normalised>)[];
            },
            piece => $"piece {piece}", NullLogger.Instance, IntegrationTelemetry.Metrics, cts.Token));
    }
}
