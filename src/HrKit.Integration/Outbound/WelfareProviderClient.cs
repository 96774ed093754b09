using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HrKit.Integration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using System.Text;
using HrKit.Integration.Http;
using Polly;

namespace HrKit.Integration.Outbound;

/// <summary>
/// Sends points redemptions to a welfare provider for fulfilment. Wire format (also in <c>docs/integration-welfare.md</c>):
/// <list type="bullet">
/// <item><c>POST {BaseAddress}v1/redemptions</c> with <c>Authorization: Bearer {ApiKey}</c>,
/// <c>Idempotency-Key: "{key}"</c> (see <see cref="IdempotencyKeyOf"/>) and the JSON body
/// <c>{"redemptionId","employeeId","itemCode","quantity","points","redeemedAt"}</c>, <c>redeemedAt</c> ISO-8601 UTC.</item>
/// <item><c>201</c> with <c>{"redemptionRef","status":"accepted"}</c>: stored now (<see cref="OutboundOutcome.Accepted"/>).</item>
/// <item><c>200</c> with <c>Idempotent-Replayed: true</c> and the first answer's body: the key was seen before with the same
/// body (<see cref="OutboundOutcome.AlreadyProcessed"/>). Any other 2xx counts as accepted.</item>
/// <item>Errors carry <c>{"code","message"}</c>. 408, 409 (<c>request_in_progress</c>: the same key is still being
/// processed), 429 and 5xx are transient: retried, honouring <c>Retry-After</c>, up to <see cref="WelfareOptions.MaxAttempts"/>.
/// Every other 4xx — e.g. 400 <c>invalid_request</c> or <c>item_unknown</c>, 401 <c>unauthorized</c>, 422
/// <c>idempotency_key_reused</c> (same key, different body) — is never retried.</item>
/// </list>
/// A failure throws <see cref="OutboundDeliveryException"/> carrying the provider's code and message; a timeout, a
/// resilience-pipeline rejection, a reset connection or an answer body over <c>Http.MaxResponseBytes</c>, slower than
/// <c>Http.AttemptTimeout</c> or cut off is a transient one.
/// </summary>
public sealed class WelfareProviderClient : IOutboundAdapter<WelfareRedemption>
{
    /// <summary>The path, relative to <see cref="WelfareOptions.BaseAddress"/>, redemptions are posted to.</summary>
    public const string Endpoint = "v1/redemptions";

    /// <summary>The adapter name; also the scope of its idempotency keys.</summary>
    public const string AdapterName = "welfare";

    internal const string HttpClientName = "hrkit-welfare";
    private const string EndpointLabel = "POST " + Endpoint;
    private readonly HttpClient _http;
    private readonly WelfareOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly long _maxResponseBytes;
    private readonly TimeSpan _bodyTimeout;

    /// <summary>Created by <see cref="IHttpClientFactory"/>; resolve it (or <see cref="IOutboundAdapter{TMessage}"/>) from DI.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="http"/> or <paramref name="options"/> or <paramref name="time"/> is null.</exception>
    public WelfareProviderClient(HttpClient http, IOptions<IntegrationOptions> options, ILogger<WelfareProviderClient> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value.Welfare;
        _logger = logger;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _maxResponseBytes = options.Value.Http.MaxResponseBytes;
        _bodyTimeout = options.Value.Http.AttemptTimeout.ToTimeSpan();
        _http.BaseAddress ??= _options.BaseAddress;
    }

    /// <inheritdoc />
    public string Name => AdapterName;

    /// <summary>Where failed deliveries are counted: the host's meter when built by <c>AddHrKitIntegration</c>, else the process-wide one.</summary>
    internal IntegrationMetrics Metrics { get; init; } = IntegrationTelemetry.Metrics;

    /// <inheritdoc />
    public bool IsConfigured => _options.IsConfigured;

    /// <summary>The idempotency key of a redemption: <see cref="IdempotencyKeys.Derive"/> of <c>welfare</c> and its id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="redemption"/> is null.</exception>
    public static string IdempotencyKeyOf(WelfareRedemption redemption)
    {
        ArgumentNullException.ThrowIfNull(redemption);
        return IdempotencyKeys.Derive(AdapterName, redemption.RedemptionId);
    }

    /// <inheritdoc />
    public async Task<OutboundDelivery> SendAsync(WelfareRedemption message, CancellationToken cancellationToken = default)
    {
        Check(message);
        if (!IsConfigured)
        {
            throw new InvalidOperationException(
                "The welfare provider is not configured: set Welfare.BaseAddress and Welfare.ApiKey in AddHrKitIntegration(o => ...) before sending redemptions.");
        }

        var key = IdempotencyKeyOf(message);
        using var activity = IntegrationTelemetry.Source.StartActivity("welfare " + EndpointLabel);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = JsonContent.Create(ToBody(message), WelfareJsonContext.Default.WelfareRedemptionBody),
        };
        request.Headers.TryAddWithoutValidation(IdempotencyKeys.HeaderName, IdempotencyKeys.ToHeaderValue(key));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);

        HttpResponseMessage response;
        try
        {
            // Headers only: the body is read under Http.MaxResponseBytes and Http.AttemptTimeout below.
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when ((ex is HttpRequestException or ExecutionRejectedException or OperationCanceledException or IOException) && !cancellationToken.IsCancellationRequested)
        {
            // Timeouts, an open circuit or a rate limiter of the resilience pipeline, resets: the provider may or may
            // not have stored it, so the same key is sent again next time.
            throw Fail(message, null, null, ex.Message, transient: true, ex);
        }

        using (response)
        {
            string body;
            try
            {
                body = Encoding.UTF8.GetString(await BoundedResponseBody.ReadAsync(response.Content, _maxResponseBytes, _bodyTimeout, _time, cancellationToken).ConfigureAwait(false));
            }
            catch (UnreadableBodyException ex)
            {
                // The status arrived but not the body: a 2xx may have been stored, so this is transient, retried with the same key.
                throw Fail(message, (int)response.StatusCode, null, ex.Message, transient: true, ex);
            }

            var answer = Parse(body);
            if (response.IsSuccessStatusCode)
            {
                var replayed = response.Headers.TryGetValues(IdempotencyKeys.ReplayedHeaderName, out var values)
                    && values.Any(v => v.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));
                return new OutboundDelivery(replayed ? OutboundOutcome.AlreadyProcessed : OutboundOutcome.Accepted, key, answer?.RedemptionRef);
            }

            var status = (int)response.StatusCode;
            throw Fail(message, status, answer?.Code, answer?.Message ?? Excerpt(body), IsTransientStatus(status));
        }
    }

    private static void Check(WelfareRedemption redemption)
    {
        ArgumentNullException.ThrowIfNull(redemption);
        if (string.IsNullOrEmpty(redemption.RedemptionId) || string.IsNullOrEmpty(redemption.EmployeeId) || string.IsNullOrEmpty(redemption.ItemCode))
        {
            throw new ArgumentException("A welfare redemption needs RedemptionId, EmployeeId and ItemCode.", nameof(redemption));
        }

        if (redemption.Quantity < 1 || redemption.Points < 0)
        {
            throw new ArgumentException($"Redemption '{redemption.RedemptionId}': Quantity must be at least 1 and Points not negative.", nameof(redemption));
        }
    }

    private static WelfareRedemptionBody ToBody(WelfareRedemption r) =>
        new(r.RedemptionId, r.EmployeeId, r.ItemCode, r.Quantity, r.Points, InstantPattern.ExtendedIso.Format(r.RedeemedAt));

    // 409 is this wire format's "the same key is still being processed"; the rest are the usual transient statuses.
    private static bool IsTransientStatus(int status) => status is 408 or 409 or 429 or >= 500;

    private static WelfareAnswer? Parse(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, WelfareJsonContext.Default.WelfareAnswer);
        }
        catch (JsonException)
        {
            // The status code is the contract; a body we cannot read only costs us the provider's wording.
            return null;
        }
    }

    private OutboundDeliveryException Fail(WelfareRedemption redemption, int? status, string? code, string? message, bool transient, Exception? inner = null)
    {
        Metrics.VendorErrors.Add(1, new KeyValuePair<string, object?>("vendor", AdapterName), new KeyValuePair<string, object?>("errcode", status ?? -1));
        var exception = new OutboundDeliveryException(AdapterName, EndpointLabel, redemption.RedemptionId, status, code, message, transient, inner);
        if (_logger.IsEnabled(LogLevel.Warning))
        {
            _logger.LogWarning("{Message}", exception.Message);
        }

        return exception;
    }

    private static string? Excerpt(string body) => body.Length == 0 ? null : body.Length <= 200 ? body : body[..200];
}
