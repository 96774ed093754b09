using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace HrKit.Integration.Outbound;

/// <summary>
/// The resilience pipeline of outbound clients. Unlike the vendor queries (reads), outbound requests change the
/// receiver's state, so a request is repeated only when repeating it cannot do anything twice: it is safe (GET, HEAD,
/// OPTIONS, TRACE) or carries an <see cref="IdempotencyKeys.HeaderName"/> header. Even then only transient failures are
/// repeated — no answer, timeout, 408, 409 (same key still in progress), 429, 5xx — and a <c>Retry-After</c> is waited
/// out exactly, unless it is longer than the caller is willing to wait.
/// </summary>
internal static class IdempotentRetry
{
    public static void Add(ResiliencePipelineBuilder<HttpResponseMessage> builder, OutboundRetrySettings settings, TimeProvider time)
    {
        builder.TimeProvider = time;
        if (settings.MaxAttempts > 1)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxAttempts - 1,
                Delay = settings.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // Our own reading of Retry-After, so that an HTTP-date is measured against the same clock as the cap.
                ShouldRetryAfterHeader = false,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
                ShouldHandle = args => ValueTask.FromResult(
                    IsRepeatable(args.Context.GetRequestMessage()) && IsTransient(args.Outcome) && WaitIsAcceptable(args.Outcome, settings.MaxRetryAfter, time)),
            });
        }

        builder.AddTimeout(settings.AttemptTimeout);
    }

    /// <summary>Whether sending <paramref name="request"/> twice has the effect of sending it once.</summary>
    public static bool IsRepeatable(HttpRequestMessage? request) =>
        request is not null
        && (request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options || request.Method == HttpMethod.Trace
            || request.Headers.Contains(IdempotencyKeys.HeaderName));

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome) || outcome.Result?.StatusCode == HttpStatusCode.Conflict;

    private static bool WaitIsAcceptable(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time) =>
        RetryAfter(outcome.Result, time) is not { } wait || wait <= maxRetryAfter;

    /// <summary>The wait a response asks for, as delta-seconds or as an HTTP date; null when it asks for none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time) =>
        response?.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
