using System.Globalization;
using System.Net.Http.Json;
using HrKit.Integration;
using HrKit.Integration.Serialization;
using HrKit.Integration.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HrKit.Integration.Vendors.WeCom;

/// <summary>
/// WeCom check-in data (<c>/cgi-bin/checkin/getcheckindata</c>). The query is a POST but only reads, so the typed
/// client's resilience handler may retry it like a GET.
/// </summary>
internal sealed class WeComClient : IAttendanceSource
{
    /// <summary>WeCom: "用户列表不超过100个".</summary>
    public const int MaxUsersPerRequest = 100;

    /// <summary>WeCom: "获取记录时间跨度不超过30天".</summary>
    public static readonly Duration MaxSpan = Duration.FromDays(30);

    private const string CheckInEndpoint = "cgi-bin/checkin/getcheckindata";
    private const string TokenEndpoint = "cgi-bin/gettoken";
    private readonly HttpClient _http;
    private readonly IntegrationOptions _options;
    private readonly IClock _clock;
    private readonly ILogger _logger;
    private readonly VendorCaller _caller;
    private readonly VendorUserMap _users;

    public WeComClient(HttpClient http, AccessTokenCache tokens, IOptions<IntegrationOptions> options, IClock clock, ILogger<WeComClient> logger, TimeProvider time)
    {
        _http = http;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _http.BaseAddress ??= _options.WeCom.BaseAddress;
        _caller = new VendorCaller(VendorProfile.WeCom, http, tokens, _options.CallSettings(), logger, time);
        _users = new VendorUserMap(_options.WeCom);
    }

    public string Name => WeComCheckInMapper.Source;

    public bool IsEnabled => _options.WeCom.IsConfigured;

    public Task<AttendanceFetchResult> FetchAsync(IReadOnlyCollection<string> employeeIds, LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        var zone = _options.Zone();
        var from = first.AtStartOfDayInZone(zone).ToInstant();
        var to = last.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() - Duration.FromSeconds(1);
        var pieces = RequestSplitter.Cross(employeeIds.Select(_users.ToVendor), MaxUsersPerRequest, RequestSplitter.SplitTime(from, to, MaxSpan));
        return PiecewiseFetch.RunAsync(
            Name, pieces, _options.Http.MaxConcurrentRequests,
            async (piece, ct) => (await GetCheckInDataAsync(piece.Users, piece.Range.Start, piece.Range.End, ct).ConfigureAwait(false))
                .Select(d => WeComCheckInMapper.Map(d, _users)).ToList(),
            piece => string.Create(CultureInfo.InvariantCulture, $"{piece.Users.Count} users {piece.Range.Start}..{piece.Range.End}"),
            _logger, _caller.Metrics, cancellationToken);
    }

    /// <summary>One documented request: at most 100 users and 30 days.</summary>
    public async Task<IReadOnlyList<WeComCheckInData>> GetCheckInDataAsync(IReadOnlyList<string> userIds, Instant start, Instant end, CancellationToken cancellationToken)
    {
        var query = new WeComCheckInQuery(3, start.ToUnixTimeSeconds(), end.ToUnixTimeSeconds(), userIds);
        var answer = await _caller.CallAsync(
            TokenKey, FetchTokenAsync,
            token => new HttpRequestMessage(HttpMethod.Post, CheckInEndpoint + "?access_token=" + Uri.EscapeDataString(token))
            {
                Content = JsonContent.Create(query, IntegrationJsonContext.Default.WeComCheckInQuery),
            },
            CheckInEndpoint, IntegrationJsonContext.Default.WeComCheckInAnswer, cancellationToken).ConfigureAwait(false);
        return answer.CheckInData ?? [];
    }

    private string TokenKey => "wecom:" + _options.WeCom.CorpId;

    private async Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var weCom = _options.WeCom;
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{TokenEndpoint}?corpid={Uri.EscapeDataString(weCom.CorpId ?? "")}&corpsecret={Uri.EscapeDataString(weCom.CheckInSecret ?? "")}");
        var answer = await _caller.SendAsync(request, TokenEndpoint, IntegrationJsonContext.Default.TokenAnswer, cancellationToken).ConfigureAwait(false);
        return VendorCaller.ToToken(answer, _clock.GetCurrentInstant(), Name);
    }
}
