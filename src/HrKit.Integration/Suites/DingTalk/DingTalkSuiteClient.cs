using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Tokens;
using HrKit.Integration.Vendors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Suites.DingTalk;

/// <summary>
/// A DingTalk third-party enterprise app: <c>service/get_suite_token</c> with the pushed suiteTicket,
/// <c>service/get_permanent_code</c> + <c>service/activate_suite</c> for a tmp_auth_code, and <c>service/get_corp_token</c>
/// per company, signed with HmacSHA256(timestamp + "\n" + suiteTicket) under the suite secret.
/// </summary>
internal sealed class DingTalkSuiteClient : SuiteClient
{
    // 88/40014/42001 invalid or expired token; 90018 and 90002 (too many calls per second / per minute) are rate limits.
    private static readonly VendorProfile Profile = new("dingtalk", new HashSet<int> { 88, 40014, 42001 }, new HashSet<int> { 90018, 90002 });

    private readonly DingTalkSuiteOptions _suite;

    public DingTalkSuiteClient(
        HttpClient http, AccessTokenCache tokens, ISuiteStore store, IOptions<SuiteOptions> suites, IOptions<IntegrationOptions> options,
        IClock clock, ILogger<DingTalkSuiteClient> logger, TimeProvider time)
        : base(SuiteVendor.DingTalk, suites.Value.DingTalk.SuiteKey ?? "", Profile, http, tokens, store, options.Value, clock, logger, time)
    {
        _suite = suites.Value.DingTalk;
        http.BaseAddress ??= _suite.BaseAddress;
    }

    protected override bool IsConfigured => _suite.IsConfigured;

    protected override string PermanentCodeEndpoint => "service/get_permanent_code";

    /// <summary>The documented signature of a corp token request.</summary>
    public static string Sign(string timestamp, string suiteTicket, string suiteSecret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(suiteSecret), Encoding.UTF8.GetBytes(timestamp + "\n" + suiteTicket)));

    protected override Task<PermanentCodeAnswer> ExchangeAuthCodeAsync(string authCode, CancellationToken cancellationToken) =>
        CallSuiteAsync(Post(PermanentCodeEndpoint, new DingTalkPermanentCodeQuery(authCode), SuiteJsonContext.Default.DingTalkPermanentCodeQuery, "suite_access_token"),
            PermanentCodeEndpoint, SuiteJsonContext.Default.PermanentCodeAnswer, cancellationToken);

    // DingTalk shows the app to a company's users only once the ISV activates it with the permanent code.
    protected override Task AfterAuthorisedAsync(AuthorisedCompany company, CancellationToken cancellationToken)
    {
        const string endpoint = "service/activate_suite";
        return CallSuiteAsync(
            Post(endpoint, new DingTalkActivateSuiteQuery(SuiteId, company.Company.CorpId, company.PermanentCode), SuiteJsonContext.Default.DingTalkActivateSuiteQuery, "suite_access_token"),
            endpoint, SuiteJsonContext.Default.PlainAnswer, cancellationToken);
    }

    protected override async Task<SuiteTokenAnswer> RequestSuiteTokenAsync(SuiteTicket ticket, CancellationToken cancellationToken)
    {
        const string endpoint = "service/get_suite_token";
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new DingTalkSuiteTokenQuery(SuiteId, _suite.SuiteSecret ?? "", ticket.Ticket), SuiteJsonContext.Default.DingTalkSuiteTokenQuery),
        };
        return await Caller.SendAsync(request, endpoint, SuiteJsonContext.Default.SuiteTokenAnswer, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<TokenAnswer> RequestCorpTokenAsync(AuthorisedCompany company, CancellationToken cancellationToken)
    {
        const string endpoint = "service/get_corp_token";
        var ticket = await TicketAsync(cancellationToken).ConfigureAwait(false);
        var timestamp = Clock.GetCurrentInstant().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signature = Sign(timestamp, ticket.Ticket, _suite.SuiteSecret ?? "");
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{endpoint}?accessKey={Uri.EscapeDataString(SuiteId)}&timestamp={timestamp}&suiteTicket={Uri.EscapeDataString(ticket.Ticket)}&signature={Uri.EscapeDataString(signature)}")
        {
            Content = JsonContent.Create(new DingTalkCorpTokenQuery(company.Company.CorpId), SuiteJsonContext.Default.DingTalkCorpTokenQuery),
        };
        return await Caller.SendAsync(request, endpoint, SuiteJsonContext.Default.TokenAnswer, cancellationToken).ConfigureAwait(false);
    }

    // DingTalk documents no errcode that means "this company removed the app"; its suite_relieve callback is the signal,
    // and any refusal of get_corp_token stays a VendorApiException with the vendor's own code.
    protected override bool MeansCancelled(VendorApiException exception) => false;
}
