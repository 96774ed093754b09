using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>
/// Speaks DingTalk's documented attendance API: GET /gettoken?appkey&amp;appsecret and POST /attendance/list?access_token
/// with workDateFrom/workDateTo ("yyyy-MM-dd HH:mm:ss"), userIdList (≤ 50), offset/limit (≤ 50), answering hasMore.
/// </summary>
internal sealed class FakeDingTalkServer : IAsyncDisposable
{
    public const string AppKey = "ding-app";
    public const string AppSecret = "ding-secret";
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private LoopbackServer? _server;
    private int _blocked;
    private int _rateLimited;

    public FakeTokenIssuer Tokens { get; } = new();

    /// <summary>Results the server knows: (id, userId, checkType, timeResult, userCheckTime ms, workDate yyyy-MM-dd).</summary>
    public ConcurrentBag<(long Id, string User, string CheckType, string TimeResult, long CheckTimeMs, string WorkDate)> Records { get; } = [];

    public ConcurrentBag<(int Users, string From, string To, int Offset)> Requests { get; } = [];

    public ConcurrentBag<string> Violations { get; } = [];

    public Uri BaseAddress => _server!.BaseAddress;

    /// <summary>When it returns true for a request's (workDateFrom, offset), that page answers HTTP 500 every time.</summary>
    public Func<string, int, bool>? FailPage { get; set; }

    /// <summary>Answers the next <paramref name="count"/> list requests with the gateway's HTML block page.</summary>
    public void BlockNext(int count) => Volatile.Write(ref _blocked, count);

    /// <summary>Answers the next <paramref name="count"/> list requests with errcode 90018.</summary>
    public void RateLimitNext(int count) => Volatile.Write(ref _rateLimited, count);

    public static async Task<FakeDingTalkServer> StartAsync()
    {
        var fake = new FakeDingTalkServer();
        fake._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/gettoken", (Delegate)fake.TokenAsync);
            app.MapPost("/attendance/list", (Delegate)fake.ListAsync);
        });
        return fake;
    }

    private async Task<IResult> TokenAsync(HttpContext context)
    {
        var q = context.Request.Query;
        if (q["appkey"] != AppKey || q["appsecret"] != AppSecret)
        {
            return Json(new { errcode = 40089, errmsg = "不合法的corpid或corpsecret" });
        }

        var token = await Tokens.IssueAsync();
        return Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = Tokens.ExpiresIn });
    }

    private async Task<IResult> ListAsync(HttpContext context)
    {
        var body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!;
        var users = body["userIdList"]!.AsArray().Select(u => (string)u!).ToList();
        string from = (string)body["workDateFrom"]!, to = (string)body["workDateTo"]!;
        int offset = (int)body["offset"]!, limit = (int)body["limit"]!;
        Requests.Add((users.Count, from, to, offset));
        if (Interlocked.Decrement(ref _blocked) >= 0)
        {
            return Results.Text("<html><body><h1>访问被拒绝</h1>您的访问过于频繁</body></html>", "text/html");
        }

        if (!Tokens.IsValid(context.Request.Query["access_token"]))
        {
            return Json(new { errcode = 88, sub_code = "40014", errmsg = "不合法的access_token" });
        }

        var first = DateOnly.ParseExact(from, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var last = DateOnly.ParseExact(to, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        if (users.Count > 50 || limit > 50 || last.DayNumber - first.DayNumber > 7 || last < first)
        {
            Violations.Add($"{users.Count} users, {from}..{to}, limit {limit}");
            return Json(new { errcode = 400002, errmsg = "参数错误" });
        }

        if (Interlocked.Decrement(ref _rateLimited) >= 0)
        {
            return Json(new { errcode = 90018, errmsg = "当前企业调用该接口超过每秒调用次数限制" });
        }

        if (FailPage?.Invoke(from, offset) == true)
        {
            return Results.StatusCode(500);
        }

        var matching = Records
            .Where(r => users.Contains(r.User))
            .Where(r => DateOnly.ParseExact(r.WorkDate, "yyyy-MM-dd", CultureInfo.InvariantCulture) is var d && d >= first && d <= last)
            .OrderBy(r => r.Id).ToList();
        var page = matching.Skip(offset).Take(limit).Select(r => new
        {
            id = r.Id,
            userId = r.User,
            checkType = r.CheckType,
            timeResult = r.TimeResult,
            locationResult = "Normal",
            sourceType = "USER",
            userCheckTime = r.CheckTimeMs,
            baseCheckTime = r.CheckTimeMs,
            workDate = WorkDateMs(r.WorkDate),
        });
        return Json(new { errcode = 0, errmsg = "ok", hasMore = offset + limit < matching.Count, recordresult = page });
    }

    private static long WorkDateMs(string date)
    {
        var local = DateTime.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, Shanghai.GetUtcOffset(local)).ToUnixTimeMilliseconds();
    }

    private static IResult Json(object value) => Results.Text(JsonSerializer.Serialize(value), "application/json");

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
