using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HrKit.Integration.Tests.Fakes.Suites;

/// <summary>What both suite fakes share: the suite ticket, suite tokens, companies, request log and rate limiting.</summary>
internal abstract class FakeSuiteServerBase : IAsyncDisposable
{
    private LoopbackServer? _server;
    private int _rateLimited;

    public FakeTokenIssuer SuiteTokens { get; } = new();

    /// <summary>The ticket the vendor last pushed; suite tokens are issued only against it.</summary>
    public string CurrentTicket { get; set; } = "ticket-1";

    public ConcurrentDictionary<string, FakeSuiteCompany> Companies { get; } = new();

    /// <summary>Every request's path, in arrival order.</summary>
    public ConcurrentQueue<string> Calls { get; } = [];

    public ConcurrentBag<string> Violations { get; } = [];

    public Uri BaseAddress => _server!.BaseAddress;

    public int CorpTokenRequests => Companies.Values.Sum(c => c.Tokens.Requests);

    public FakeSuiteCompany AddCompany(string corpId, string name) => Companies[corpId] = new FakeSuiteCompany(corpId, name);

    /// <summary>Answers the next <paramref name="count"/> data requests with the vendor's rate-limit errcode.</summary>
    public void RateLimitNext(int count) => Volatile.Write(ref _rateLimited, count);

    public int Count(string path) => Calls.Count(c => c == path);

    protected async Task StartAsync(Action<Microsoft.AspNetCore.Builder.WebApplication> map) =>
        _server = await LoopbackServer.StartAsync(app =>
        {
            app.Use(next => context =>
            {
                Calls.Enqueue(context.Request.Path.Value!.TrimStart('/'));
                return next(context);
            });
            map(app);
        });

    protected bool TakeRateLimit() => Interlocked.Decrement(ref _rateLimited) >= 0;

    /// <summary>The company whose corp token this is, or null for an unknown, expired or cancelled company's token.</summary>
    protected FakeSuiteCompany? CompanyOf(HttpContext context)
    {
        var token = context.Request.Query["access_token"].ToString();
        var company = Companies.Values.FirstOrDefault(c => c.Tokens.IsValid(token));
        return company is { Cancelled: false } ? company : null;
    }

    protected static async Task<JsonNode> BodyAsync(HttpContext context) =>
        JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()) ?? new JsonObject();

    protected static IResult Json(object value) => Results.Text(JsonSerializer.Serialize(value), "application/json");

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
