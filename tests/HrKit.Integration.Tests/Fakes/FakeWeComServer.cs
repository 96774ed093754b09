using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>
/// Speaks WeCom's documented check-in API: GET /cgi-bin/gettoken?corpid&amp;corpsecret and
/// POST /cgi-bin/checkin/getcheckindata?access_token with opencheckindatatype/starttime/endtime/useridlist.
/// </summary>
internal sealed class FakeWeComServer : IAsyncDisposable
{
    public const string CorpId = "ww-corp";
    public const string Secret = "checkin-secret";
    private LoopbackServer? _server;
    private int _rateLimited;

    public FakeTokenIssuer Tokens { get; } = new();

    /// <summary>Check-ins the server knows: (userid, checkin_type, exception_type, unix seconds).</summary>
    public ConcurrentBag<(string User, string Type, string Exception, long Time)> CheckIns { get; } = [];

    public ConcurrentBag<(int Users, long Start, long End)> DataRequests { get; } = [];

    public ConcurrentBag<string> Violations { get; } = [];

    /// <summary>Users whose requests fail with HTTP 500 every time.</summary>
    public HashSet<string> BrokenUsers { get; } = [];

    /// <summary>Users whose data requests misbehave on the wire in the given way.</summary>
    public ConcurrentDictionary<string, VendorMisbehaviour> Misbehaving { get; } = new();

    /// <summary>Completed when a request that never answers has started waiting.</summary>
    public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int DataAttempts => DataRequests.Count;

    public Uri BaseAddress => _server!.BaseAddress;

    /// <summary>Answers the next <paramref name="count"/> data requests with errcode 45009.</summary>
    public void RateLimitNext(int count) => Volatile.Write(ref _rateLimited, count);

    public static async Task<FakeWeComServer> StartAsync()
    {
        var fake = new FakeWeComServer();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/cgi-bin/gettoken", (Delegate)fake.TokenAsync);
            app.MapPost("/cgi-bin/checkin/getcheckindata", (Delegate)fake.CheckInDataAsync);
        });
        return fake;
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var q = context.Request.Query;
        if (q["corpid"] != CorpId || q["corpsecret"] != Secret)
        {
            return Json(new { errcode = 40001, errmsg = "invalid credential" });
        }

        var token = await Tokens.IssueAsync();
        return Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = Tokens.ExpiresIn });
    }

    private async Task<IResult> CheckInDataAsync(HttpContext context)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
        var users = body["useridlist"]!.AsArray().Select(u => (string)u!).ToList();
        long start = (long)body["starttime"]!, end = (long)body["endtime"]!;
        DataRequests.Add((users.Count, start, end));
        if (!Tokens.IsValid(context.Request.Query["access_token"]))
        {
            return Json(new { errcode = 42001, errmsg = "access_token expired" });
        }

        if (users.Count > 100 || end - start > 30 * 86400 || (int)body["opencheckindatatype"]! != 3)
        {
            Violations.Add($"{users.Count} users, {end - start} s");
            return Json(new { errcode = 301023, errmsg = "invalid useridlist or time span" });
        }

        if (Interlocked.Decrement(ref _rateLimited) >= 0)
        {
            return Json(new { errcode = 45009, errmsg = "api freq out of limit" });
        }

        if (users.Any(BrokenUsers.Contains))
        {
            return Results.StatusCode(500);
        }

        if (users.Select(u => Misbehaving.TryGetValue(u, out var m) ? m : (VendorMisbehaviour?)null).FirstOrDefault(m => m is not null) is { } misbehaviour)
        {
            await MisbehaveAsync(context, misbehaviour);
            return Results.Empty;
        }

        var data = CheckIns.Where(c => users.Contains(c.User) && c.Time >= start && c.Time <= end)
            .Select(c => new { userid = c.User, groupname = "打卡一组", checkin_type = c.Type, exception_type = c.Exception, checkin_time = c.Time });
        return Json(new { errcode = 0, errmsg = "ok", checkindata = data });
    }

    private async Task MisbehaveAsync(HttpContext context, VendorMisbehaviour misbehaviour)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        try
        {
            switch (misbehaviour)
            {
                case VendorMisbehaviour.NeverAnswers:
                    Stalled.TrySetResult();
                    await Task.Delay(Timeout.Infinite, aborted);
                    break;
                case VendorMisbehaviour.StallsMidBody:
                    response.ContentType = "application/json";
                    await response.WriteAsync("{\"errcode\":0,\"checkindata\":[", aborted);
                    await response.Body.FlushAsync(aborted);
                    Stalled.TrySetResult();
                    await Task.Delay(Timeout.Infinite, aborted);
                    break;
                case VendorMisbehaviour.MalformedJson:
                    response.ContentType = "application/json";
                    await response.WriteAsync("{\"errcode\":0,\"checkindata\":[{\"userid\":\"E1\",", aborted);
                    break;
                case VendorMisbehaviour.TruncatedBody:
                    response.ContentType = "application/json";
                    response.ContentLength = 1000;
                    await response.WriteAsync("{\"errcode\":0,\"checkindata\":[", aborted);
                    await response.Body.FlushAsync(aborted);
                    // Returning short of Content-Length makes Kestrel close the connection after what was sent (a FIN, not a
                    // reset that could discard the unread headers), so the client always sees the body end early.
                    break;
                case VendorMisbehaviour.EndlessBody:
                    response.ContentType = "application/json";
                    await response.WriteAsync("{\"errcode\":0,\"checkindata\":[", aborted);
                    var item = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"userid\":\"E1\",\"checkin_type\":\"上班打卡\",\"checkin_time\":1760000000},", 100)));
                    while (!aborted.IsCancellationRequested)
                    {
                        await response.Body.WriteAsync(item, aborted);
                    }

                    break;
                case VendorMisbehaviour.ConnectionReset:
                    context.Abort();
                    break;
                case VendorMisbehaviour.UnexpectedItems:
                    response.ContentType = "application/json";
                    await response.WriteAsync("{\"errcode\":0,\"checkindata\":[null,{\"userid\":\"E1\",\"checkin_type\":\"上班打卡\",\"checkin_time\":99999999999999}]}", aborted);
                    break;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client gave up or the connection went away: that is the point of these answers.
        }
    }

    private static IResult Json(object value) => Results.Text(JsonSerializer.Serialize(value), "application/json");

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
