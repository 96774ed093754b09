using HrKit.Integration.Localization;
using HrKit.Localization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HrKit.Integration.Http;
using HrKit.Integration.Serialization;
using HrKit.Integration.Tokens;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HrKit.Integration.Vendors;

/// <summary>
/// Sends one vendor API call: attaches the cached token, turns errcode answers into <see cref="VendorApiException"/>,
/// refreshes the token once when the vendor says it is invalid, and waits out rate limits a bounded number of times.
/// HTTP-level transient failures are retried below this, by the resilience handler of the typed client.
/// </summary>
internal sealed class VendorCaller(
    VendorProfile profile, HttpClient http, AccessTokenCache tokens, VendorCallSettings settings, ILogger logger, TimeProvider time)
{
    public string Vendor => profile.Name;

    public IntegrationMetrics Metrics => tokens.Metrics;

    public async Task<T> CallAsync<T>(
        string tokenKey,
        Func<CancellationToken, Task<AccessToken>> fetchToken,
        Func<string, HttpRequestMessage> request,
        string endpoint,
        JsonTypeInfo<T> type,
        CancellationToken cancellationToken)
        where T : IVendorAnswer
    {
        var refreshed = false;
        var waits = 0;
        while (true)
        {
            var token = await tokens.GetAsync(tokenKey, fetchToken, cancellationToken).ConfigureAwait(false);
            try
            {
                using var message = request(token);
                return await SendAsync(message, endpoint, type, cancellationToken).ConfigureAwait(false);
            }
            catch (VendorApiException ex) when (!refreshed && profile.TokenErrors.Contains(ex.ErrCode))
            {
                // Tokens die early (another process refreshed it, the secret was reset): refresh once, then give up.
                if (logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("{Vendor} rejected the access token ({ErrCode}); refreshing and retrying once.", Vendor, ex.ErrCode);
                }

                tokens.Invalidate(tokenKey, token);
                refreshed = true;
            }
            catch (VendorApiException ex) when (ex.IsRateLimited && waits < settings.RateLimitRetries)
            {
                waits++;
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    logger.LogWarning("{Vendor} {Endpoint} is rate limited ({ErrCode}); waiting before attempt {Attempt}.", Vendor, endpoint, ex.ErrCode, waits + 1);
                }

                await Task.Delay(settings.RateLimitDelay * waits, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<T> SendAsync<T>(HttpRequestMessage message, string endpoint, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : IVendorAnswer
    {
        using var activity = IntegrationTelemetry.Source.StartActivity(Vendor + " " + endpoint);
        // Headers only: the body is read below under a size and time limit of its own, never buffered unbounded.
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await ReadBodyAsync(response, endpoint, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw Fail(endpoint, (int)response.StatusCode, $"HTTP {(int)response.StatusCode}: {Excerpt(body)}",
                response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable);
        }

        if (!IsJsonObject(body))
        {
            // DingTalk's gateway answers a throttled caller with an HTML page and status 200.
            throw Fail(endpoint, VendorApiException.NonJsonAnswer, IntegrationText.Of("Vendor.NotJson", Excerpt(body)), rateLimited: true);
        }

        T? answer;
        try
        {
            answer = JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException ex)
        {
            throw Fail(endpoint, VendorApiException.NonJsonAnswer, IntegrationText.Of("Vendor.MalformedJson", ex.Message), rateLimited: false, ex);
        }

        if (answer is null)
        {
            throw Fail(endpoint, VendorApiException.NonJsonAnswer, IntegrationText.Of("Vendor.EmptyAnswer"), rateLimited: false);
        }

        if (answer.ErrCode != 0)
        {
            throw Fail(endpoint, answer.ErrCode, answer.ErrMsg, profile.RateLimitErrors.Contains(answer.ErrCode));
        }

        return answer;
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, string endpoint, CancellationToken cancellationToken)
    {
        try
        {
            return await BoundedResponseBody.ReadAsync(response.Content, settings.MaxResponseBytes, settings.BodyTimeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (UnreadableBodyException ex)
        {
            throw Fail(endpoint, VendorApiException.UnreadableAnswer, ex.Text, rateLimited: false, ex);
        }
    }

    public static AccessToken ToToken(TokenAnswer answer, Instant now, string vendor) =>
        string.IsNullOrEmpty(answer.AccessToken) || answer.ExpiresIn <= 0
            ? throw new VendorApiException(vendor, "gettoken", answer.ErrCode, IntegrationText.Of("Vendor.NoAccessToken"))
            : new AccessToken(answer.AccessToken, now + Duration.FromSeconds(answer.ExpiresIn));

    private VendorApiException Fail(string endpoint, int errCode, string? errMsg, bool rateLimited, Exception? inner = null)
    {
        Metrics.VendorErrors.Add(1, new KeyValuePair<string, object?>("vendor", Vendor), new KeyValuePair<string, object?>("errcode", errCode));
        return new VendorApiException(Vendor, endpoint, errCode, errMsg, rateLimited, inner);
    }

    // What came back instead of an answer, in HrKit's words.
    private VendorApiException Fail(string endpoint, int errCode, LocalMessage detail, bool rateLimited, Exception? inner = null)
    {
        Metrics.VendorErrors.Add(1, new KeyValuePair<string, object?>("vendor", Vendor), new KeyValuePair<string, object?>("errcode", errCode));
        return new VendorApiException(Vendor, endpoint, errCode, detail, rateLimited, inner);
    }

    private static bool IsJsonObject(byte[] body)
    {
        var text = body.AsSpan().TrimStart(" \t\r\n"u8);
        return text.Length > 0 && text[0] == (byte)'{';
    }

    // Replacement characters for bytes that are not UTF-8: the excerpt is for a log line, not for parsing.
    private static string Excerpt(byte[] body) => Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));
}
