using System.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>
/// A welfare provider speaking the wire format of docs/integration-welfare.md: POST /v1/redemptions with
/// Authorization: Bearer, Idempotency-Key as a quoted structured-field string and the camelCase JSON body. Stores by
/// idempotency key: a repeat with the same body is answered 200 with Idempotent-Replayed: true and the first answer,
/// a repeat with another body 422 idempotency_key_reused. Faults can be scripted for the next requests.
/// </summary>
internal sealed class FakeWelfareServer : IAsyncDisposable
{
    public const string ApiKey = "welfare-test-key";
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly Lock _storeGate = new();
    private LoopbackServer? _server;
    private int _serial;

    /// <summary>Stored redemptions by idempotency key: the raw body and the provider's reference.</summary>
    public ConcurrentDictionary<string, (string Body, string Reference)> Stored { get; } = new();

    /// <summary>Every request as it arrived: the idempotency key (null when missing) and the Authorization header.</summary>
    public ConcurrentQueue<(string? Key, string? Authorization)> Requests { get; } = new();

    /// <summary>Item codes the provider knows.</summary>
    public ConcurrentDictionary<string, bool> Catalogue { get; } = new([new("movie-ticket", true), new("gym-card", true)], StringComparer.Ordinal);

    /// <summary>Cancelled redemptions by redemption id: the idempotency key of the cancel and its reason.</summary>
    public ConcurrentDictionary<string, (string Key, string Reason)> Cancelled { get; } = new();

    public Uri BaseAddress => _server!.BaseAddress;

    public int RequestCount => Requests.Count;

    /// <summary>Answers the next request with <paramref name="status"/> and an error body, storing nothing.</summary>
    public void FailNext(int status, string code = "unavailable", string? retryAfter = null) =>
        _faults.Enqueue(new Fault(FaultKind.Status, status, code, retryAfter));

    /// <summary>Stores the next valid request, then drops the connection before answering.</summary>
    public void ResetAfterStoringNext() => _faults.Enqueue(new Fault(FaultKind.ResetAfterStore, 0, "", null));

    /// <summary>Drops the connection of the next request without reading it further or storing anything.</summary>
    public void ResetNext() => _faults.Enqueue(new Fault(FaultKind.Reset, 0, "", null));

    /// <summary>Answers the next request 201 with a JSON body that never ends, storing nothing.</summary>
    public void EndlessBodyNext() => _faults.Enqueue(new Fault(FaultKind.EndlessBody, 0, "", null));

    public static async Task<FakeWelfareServer> StartAsync()
    {
        var fake = new FakeWelfareServer();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v1/redemptions", (Delegate)fake.RedeemAsync);
            app.MapPost("/v1/redemptions/{id}/cancel", (Delegate)fake.CancelAsync);
        });
        return fake;
    }

    public JsonObject StoredBody(string key) => JsonNode.Parse(Stored[key].Body)!.AsObject();

    private async Task<IResult> RedeemAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var rawKey = headers["Idempotency-Key"].ToString();
        // A structured-field string: the key in double quotes.
        string? key = rawKey.Length > 2 && rawKey[0] == '"' && rawKey[^1] == '"' ? rawKey[1..^1] : null;
        Requests.Enqueue((rawKey.Length == 0 ? null : key ?? rawKey, headers.Authorization.ToString()));
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();

        _faults.TryDequeue(out var fault);
        if (fault is { Kind: FaultKind.Reset })
        {
            context.Abort();
            return Results.Empty;
        }

        if (fault is { Kind: FaultKind.EndlessBody })
        {
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            var chunk = Encoding.UTF8.GetBytes(new string(' ', 8192));
            try
            {
                await context.Response.WriteAsync("{\"redemptionRef\":\"R\",\"pad\":\"", context.RequestAborted);
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                // The client stopped reading: that is the point.
            }

            return Results.Empty;
        }

        if (fault is { Kind: FaultKind.Status })
        {
            if (fault.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = fault.RetryAfter;
            }

            return Error(fault.Status, fault.Code, "scripted " + fault.Status.ToString(CultureInfo.InvariantCulture));
        }

        if (headers.Authorization.ToString() != "Bearer " + ApiKey)
        {
            return Error(401, "unauthorized", "invalid api key");
        }

        if (key is null)
        {
            return Error(400, "idempotency_key_missing", "Idempotency-Key must be a quoted string");
        }

        if (Validate(body) is { } invalid)
        {
            return invalid;
        }

        (string Body, string Reference) stored;
        bool replay;
        lock (_storeGate)
        {
            replay = Stored.TryGetValue(key, out stored);
            if (!replay)
            {
                stored = (body, "WF-" + Interlocked.Increment(ref _serial).ToString("000000", CultureInfo.InvariantCulture));
                Stored[key] = stored;
            }
        }

        if (fault is { Kind: FaultKind.ResetAfterStore })
        {
            context.Abort();
            return Results.Empty;
        }

        if (!replay)
        {
            return Json(201, new { redemptionRef = stored.Reference, status = "accepted" });
        }

        if (stored.Body != body)
        {
            return Error(422, "idempotency_key_reused", "this Idempotency-Key was used with a different body");
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        return Json(200, new { redemptionRef = stored.Reference, status = "accepted" });
    }

    // POST /v1/redemptions/{id}/cancel: 404 for a redemption it never stored; a repeat is answered as replayed.
    private async Task<IResult> CancelAsync(HttpContext context, string id)
    {
        var rawKey = context.Request.Headers["Idempotency-Key"].ToString();
        Requests.Enqueue((rawKey.Trim('"'), context.Request.Headers.Authorization.ToString()));
        var reason = (string?)JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())?["reason"];
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + ApiKey)
        {
            return Error(401, "unauthorized", "invalid api key");
        }

        if (!Stored.Values.Any(v => (string?)JsonNode.Parse(v.Body)?["redemptionId"] == id))
        {
            return Error(404, "not_found", "no such redemption");
        }

        if (!Cancelled.TryAdd(id, (rawKey.Trim('"'), reason ?? "")))
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return Json(200, new { redemptionRef = id, status = "cancelled" });
    }

    private IResult? Validate(string body)
    {
        JsonObject json;
        try
        {
            json = JsonNode.Parse(body)!.AsObject();
        }
        catch (JsonException)
        {
            return Error(400, "invalid_request", "body is not a JSON object");
        }

        foreach (var field in new[] { "redemptionId", "employeeId", "itemCode", "redeemedAt" })
        {
            if (json[field] is not JsonValue v || v.GetValueKind() != JsonValueKind.String || ((string)v!).Length == 0)
            {
                return Error(400, "invalid_request", field + " must be a non-empty string");
            }
        }

        if (json["quantity"] is not JsonValue q || q.GetValueKind() != JsonValueKind.Number || (int)q < 1
            || json["points"] is not JsonValue p || p.GetValueKind() != JsonValueKind.Number || (long)p < 0)
        {
            return Error(400, "invalid_request", "quantity must be a positive integer and points a non-negative integer");
        }

        var at = (string)json["redeemedAt"]!;
        if (!at.EndsWith('Z') || !DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            return Error(400, "invalid_request", "redeemedAt must be ISO-8601 UTC");
        }

        var item = (string)json["itemCode"]!;
        return Catalogue.ContainsKey(item) ? null : Error(400, "item_unknown", $"catalogue item '{item}' does not exist");
    }

    private static IResult Error(int status, string code, string message) => Json(status, new { code, message });

    private static IResult Json(int status, object value) => Results.Text(JsonSerializer.Serialize(value), "application/json", statusCode: status);

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private enum FaultKind
    {
        Status,
        Reset,
        ResetAfterStore,
        EndlessBody,
    }

    private sealed record Fault(FaultKind Kind, int Status, string Code, string? RetryAfter);
}
