using System.Text.Json;
using Polly;

namespace HrKit.Integration.Vendors;

/// <summary>Says in a report line why a request failed, naming the setting that decided it where there is one.</summary>
internal static class FailureDescription
{
    public static string Of(Exception exception) => exception switch
    {
        VendorApiException => exception.Message,
        Polly.Timeout.TimeoutRejectedException => "no answer within Http.AttemptTimeout, after Http.MaxRetryAttempts retries: " + exception.Message,
        ExecutionRejectedException => $"refused by the resilience pipeline ({exception.GetType().Name}): {exception.Message}",
        HttpRequestException => "HTTP request failed: " + exception.Message + Inner(exception),
        OperationCanceledException => "cancelled inside the HTTP pipeline (not by the caller): " + exception.Message,
        JsonException => "unexpected JSON: " + exception.Message,
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    // HttpRequestException's own message is generic ("An error occurred while sending the request"); the cause is inside.
    private static string Inner(Exception exception) =>
        exception.InnerException is { } inner ? " (" + inner.GetBaseException().Message + ")" : "";

    /// <summary>
    /// Whether <paramref name="exception"/> is the caller cancelling, which must propagate; everything else, including
    /// the resilience pipeline's own timeouts (also <see cref="OperationCanceledException"/>s), is a failed request.
    /// </summary>
    public static bool IsCallerCancellation(Exception exception, CancellationToken callerToken) =>
        exception is OperationCanceledException && callerToken.IsCancellationRequested;
}
