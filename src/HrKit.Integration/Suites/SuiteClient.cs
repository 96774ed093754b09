using HrKit.Integration.Localization;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Stores;
using HrKit.Integration.Tokens;
using HrKit.Integration.Vendors;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HrKit.Integration.Suites;

/// <summary>
/// What both vendors' third-party apps share: a suite token issued against the latest pushed ticket, a permanent code
/// per company, and a corp token per company issued with it. Tokens live in the shared <see cref="AccessTokenCache"/>,
/// so each is refreshed by one caller at a time (single flight) however many syncs run; every call names its company.
/// </summary>
internal abstract class SuiteClient
{
    private readonly AccessTokenCache _tokens;

    protected SuiteClient(
        SuiteVendor vendor, string suiteId, VendorProfile profile, HttpClient http, AccessTokenCache tokens, ISuiteStore store,
        IntegrationOptions options, IClock clock, ILogger logger, TimeProvider time)
    {
        Vendor = vendor;
        SuiteId = suiteId;
        Store = store;
        Clock = clock;
        Logger = logger;
        Zone = options.Zone();
        _tokens = tokens;
        Caller = new VendorCaller(profile, http, tokens, options.CallSettings(), logger, time);
    }

    public SuiteVendor Vendor { get; }

    public string SuiteId { get; }

    public DateTimeZone Zone { get; }

    protected ISuiteStore Store { get; }

    protected IClock Clock { get; }

    protected ILogger Logger { get; }

    protected VendorCaller Caller { get; }

    private string SuiteTokenKey => $"{Caller.Vendor}-suite:{SuiteId}";

    private string CorpTokenKey(CompanyRef company) => $"{Caller.Vendor}-corp:{SuiteId}:{company.CorpId}";

    /// <summary>A POST of <paramref name="body"/> as JSON with the token in <c>?access_token=</c> (or <paramref name="tokenName"/>).</summary>
    public static Func<string, HttpRequestMessage> Post<TBody>(string endpoint, TBody body, JsonTypeInfo<TBody> type, string tokenName = "access_token") =>
        token => new HttpRequestMessage(HttpMethod.Post, $"{endpoint}?{tokenName}={Uri.EscapeDataString(token)}") { Content = JsonContent.Create(body, type) };

    /// <summary>A call with the suite access token (<c>suite_access_token</c> in the query).</summary>
    public Task<T> CallSuiteAsync<T>(Func<string, HttpRequestMessage> request, string endpoint, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : IVendorAnswer
    {
        EnsureConfigured();
        return Caller.CallAsync(SuiteTokenKey, FetchSuiteTokenAsync, request, endpoint, type, cancellationToken);
    }

    /// <summary>A call with <paramref name="company"/>'s access token; refused when the company is not (or no longer) authorised.</summary>
    public Task<T> CallCorpAsync<T>(CompanyRef company, Func<string, HttpRequestMessage> request, string endpoint, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : IVendorAnswer
    {
        CheckVendor(company);
        return Caller.CallAsync(CorpTokenKey(company), ct => FetchCorpTokenAsync(company, ct), request, endpoint, type, cancellationToken);
    }

    /// <summary>Exchanges a temporary auth code for the permanent code, stores the authorisation and returns it.</summary>
    public async Task<AuthorisedCompany> AuthoriseAsync(string authCode, CancellationToken cancellationToken)
    {
        var answer = await ExchangeAuthCodeAsync(authCode, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(answer.PermanentCode) || string.IsNullOrEmpty(answer.AuthCorpInfo?.CorpId))
        {
            throw new VendorApiException(Caller.Vendor, PermanentCodeEndpoint, VendorApiException.NonJsonAnswer,
                IntegrationText.Of("Vendor.NoPermanentCode"));
        }

        var company = new AuthorisedCompany(new CompanyRef(Vendor, answer.AuthCorpInfo.CorpId), answer.AuthCorpInfo.CorpName ?? "",
            answer.PermanentCode, Clock.GetCurrentInstant());
        await AfterAuthorisedAsync(company, cancellationToken).ConfigureAwait(false);
        await Store.SaveCompanyAsync(company, cancellationToken).ConfigureAwait(false);
        _tokens.Forget(CorpTokenKey(company.Company));
        return company;
    }

    /// <summary>Marks the company cancelled and drops its cached token, so the next call of any sync fails at once.</summary>
    public async Task<bool> CancelAsync(CompanyRef company, Instant at, CancellationToken cancellationToken)
    {
        var cancelled = await Store.CancelCompanyAsync(company, at, cancellationToken).ConfigureAwait(false);
        _tokens.Forget(CorpTokenKey(company));
        return cancelled;
    }

    protected abstract bool IsConfigured { get; }

    protected abstract string PermanentCodeEndpoint { get; }

    protected abstract Task<PermanentCodeAnswer> ExchangeAuthCodeAsync(string authCode, CancellationToken cancellationToken);

    protected virtual Task AfterAuthorisedAsync(AuthorisedCompany company, CancellationToken cancellationToken) => Task.CompletedTask;

    protected abstract Task<SuiteTokenAnswer> RequestSuiteTokenAsync(SuiteTicket ticket, CancellationToken cancellationToken);

    protected abstract Task<TokenAnswer> RequestCorpTokenAsync(AuthorisedCompany company, CancellationToken cancellationToken);

    /// <summary>Whether the vendor's refusal of a corp token means the company withdrew the app.</summary>
    protected abstract bool MeansCancelled(VendorApiException exception);

    protected async Task<SuiteTicket> TicketAsync(CancellationToken cancellationToken) =>
        await Store.GetTicketAsync(Vendor, SuiteId, cancellationToken).ConfigureAwait(false) ?? throw SuiteAuthorisationException.NoTicket(Vendor, SuiteId);

    private async Task<AccessToken> FetchSuiteTokenAsync(CancellationToken cancellationToken)
    {
        var answer = await RequestSuiteTokenAsync(await TicketAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(answer.SuiteAccessToken) || answer.ExpiresIn <= 0
            ? throw new VendorApiException(Caller.Vendor, "get_suite_token", answer.ErrCode, IntegrationText.Of("Vendor.NoSuiteToken"))
            : new AccessToken(answer.SuiteAccessToken, Clock.GetCurrentInstant() + Duration.FromSeconds(answer.ExpiresIn));
    }

    private async Task<AccessToken> FetchCorpTokenAsync(CompanyRef company, CancellationToken cancellationToken)
    {
        var stored = await Store.GetCompanyAsync(company, cancellationToken).ConfigureAwait(false) ?? throw SuiteAuthorisationException.NotAuthorised(company);
        if (stored.CancelledAt is { } cancelledAt)
        {
            throw SuiteAuthorisationException.Cancelled(company, IntegrationText.Of("Suite.CancelledAt", cancelledAt));
        }

        try
        {
            var answer = await RequestCorpTokenAsync(stored, cancellationToken).ConfigureAwait(false);
            return VendorCaller.ToToken(answer, Clock.GetCurrentInstant(), Caller.Vendor);
        }
        catch (VendorApiException ex) when (MeansCancelled(ex))
        {
            // The cancel callback may not have arrived (or been processed) yet; the vendor's word is final.
            await Store.CancelCompanyAsync(company, Clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
            throw SuiteAuthorisationException.Cancelled(company, IntegrationText.Of("Suite.PermanentCodeRefused", ex.ErrCode), ex);
        }
    }

    private void EnsureConfigured()
    {
        if (!IsConfigured)
        {
            throw new InvalidOperationException(Vendor == SuiteVendor.WeCom
                ? "The WeCom suite is not configured: set Suites.WeCom.SuiteId and SuiteSecret in AddHrKitSuites."
                : "The DingTalk suite is not configured: set Suites.DingTalk.SuiteKey and SuiteSecret in AddHrKitSuites.");
        }
    }

    private void CheckVendor(CompanyRef company)
    {
        ArgumentNullException.ThrowIfNull(company);
        EnsureConfigured();
        if (company.Vendor != Vendor)
        {
            throw new ArgumentException($"Company {company} is not a {Vendor} company.", nameof(company));
        }
    }
}
