using System.Net.Http.Json;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Tokens;
using HrKit.Integration.Vendors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Suites.WeCom;

/// <summary>
/// A WeCom third-party app: <c>service/get_suite_token</c> with the pushed suite_ticket, <c>service/get_permanent_code</c>
/// for a create_auth auth code, and <c>service/get_corp_token</c> per company with its permanent code.
/// </summary>
internal sealed class WeComSuiteClient : SuiteClient
{
    // 40014/42001 invalid/expired access_token, 40082/42009 invalid/expired suite_access_token; 45009/45033 rate limits.
    private static readonly VendorProfile Profile = new("wecom", new HashSet<int> { 40014, 42001, 40082, 42009 }, new HashSet<int> { 45009, 45033 });

    // 40084: invalid permanent_code, 40086: invalid auth corpid — what get_corp_token answers once a company removed the app.
    private static readonly HashSet<int> CancelledErrors = [40084, 40086];

    private readonly WeComSuiteOptions _suite;

    public WeComSuiteClient(
        HttpClient http, AccessTokenCache tokens, ISuiteStore store, IOptions<SuiteOptions> suites, IOptions<IntegrationOptions> options,
        IClock clock, ILogger<WeComSuiteClient> logger, TimeProvider time)
        : base(SuiteVendor.WeCom, suites.Value.WeCom.SuiteId ?? "", Profile, http, tokens, store, options.Value, clock, logger, time)
    {
        _suite = suites.Value.WeCom;
        http.BaseAddress ??= _suite.BaseAddress;
    }

    protected override bool IsConfigured => _suite.IsConfigured;

    protected override string PermanentCodeEndpoint => "cgi-bin/service/get_permanent_code";

    /// <summary>A GET with the token in <c>?access_token=</c> followed by <paramref name="query"/>.</summary>
    public static Func<string, HttpRequestMessage> Get(string endpoint, string query = "") =>
        token => new HttpRequestMessage(HttpMethod.Get, $"{endpoint}?access_token={Uri.EscapeDataString(token)}{query}");

    protected override Task<PermanentCodeAnswer> ExchangeAuthCodeAsync(string authCode, CancellationToken cancellationToken) =>
        CallSuiteAsync(Post(PermanentCodeEndpoint, new WeComPermanentCodeQuery(authCode), SuiteJsonContext.Default.WeComPermanentCodeQuery, "suite_access_token"),
            PermanentCodeEndpoint, SuiteJsonContext.Default.PermanentCodeAnswer, cancellationToken);

    protected override async Task<SuiteTokenAnswer> RequestSuiteTokenAsync(SuiteTicket ticket, CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/service/get_suite_token";
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new WeComSuiteTokenQuery(SuiteId, _suite.SuiteSecret ?? "", ticket.Ticket), SuiteJsonContext.Default.WeComSuiteTokenQuery),
        };
        return await Caller.SendAsync(request, endpoint, SuiteJsonContext.Default.SuiteTokenAnswer, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<TokenAnswer> RequestCorpTokenAsync(AuthorisedCompany company, CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/service/get_corp_token";
        return CallSuiteAsync(
            Post(endpoint, new WeComCorpTokenQuery(company.Company.CorpId, company.PermanentCode), SuiteJsonContext.Default.WeComCorpTokenQuery, "suite_access_token"),
            endpoint, SuiteJsonContext.Default.TokenAnswer, cancellationToken);
    }

    protected override bool MeansCancelled(VendorApiException exception) => CancelledErrors.Contains(exception.ErrCode);
}
