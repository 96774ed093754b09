using HrKit.Integration.Localization;
using System.Globalization;
using System.Net.Http.Json;
using HrKit.Integration;
using HrKit.Integration.Serialization;
using HrKit.Integration.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Integration.Vendors.DingTalk;

/// <summary>
/// DingTalk attendance results (<c>/attendance/list</c>). Like WeCom's, the query is a read-only POST, so it is retried
/// on transient HTTP failures; paging continues while the vendor answers <c>hasMore</c>.
/// </summary>
internal sealed class DingTalkClient : IAttendanceSource
{
    /// <summary>DingTalk: "userIdList … 最多不能超过50个".</summary>
    public const int MaxUsersPerRequest = 50;

    /// <summary>DingTalk: "起始与结束工作日最多相隔7天".</summary>
    public const int MaxDays = 7;

    /// <summary>DingTalk: "limit … 最大不能超过50条".</summary>
    public const int PageSize = 50;

    // 50 users × 7 days × a handful of results a day stays far below this; it only stops a vendor that never says hasMore=false.
    private const int MaxPages = 1000;
    private const string ListEndpoint = "attendance/list";
    private const string TokenEndpoint = "gettoken";
    private static readonly LocalDateTimePattern WorkDatePattern = LocalDateTimePattern.CreateWithInvariantCulture("yyyy-MM-dd HH:mm:ss");
    private readonly IntegrationOptions _options;
    private readonly IClock _clock;
    private readonly ILogger _logger;
    private readonly VendorCaller _caller;
    private readonly VendorUserMap _users;

    public DingTalkClient(HttpClient http, AccessTokenCache tokens, IOptions<IntegrationOptions> options, IClock clock, ILogger<DingTalkClient> logger, TimeProvider time)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        http.BaseAddress ??= _options.DingTalk.BaseAddress;
        _caller = new VendorCaller(VendorProfile.DingTalk, http, tokens, _options.CallSettings(), logger, time);
        _users = new VendorUserMap(_options.DingTalk);
    }

    public string Name => DingTalkRecordMapper.Source;

    public bool IsEnabled => _options.DingTalk.IsConfigured;

    public Task<AttendanceFetchResult> FetchAsync(IReadOnlyCollection<string> employeeIds, LocalDate first, LocalDate last, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        var pieces = RequestSplitter.Cross(employeeIds.Select(_users.ToVendor), MaxUsersPerRequest, RequestSplitter.SplitDays(first, last, MaxDays));
        return PiecewiseFetch.RunAsync(
            Name, pieces, _options.Http.MaxConcurrentRequests,
            async (piece, ct) => (await ListAsync(piece.Users, piece.Range.First, piece.Range.Last, ct).ConfigureAwait(false))
                .Select(r => DingTalkRecordMapper.Map(r, _users)).ToList(),
            piece => string.Create(CultureInfo.InvariantCulture, $"{piece.Users.Count} users {piece.Range.First:yyyy-MM-dd}..{piece.Range.Last:yyyy-MM-dd}"),
            _logger, _caller.Metrics, cancellationToken);
    }

    /// <summary>All pages of one documented query: at most 50 users and 7 work days.</summary>
    public async Task<IReadOnlyList<DingTalkRecord>> ListAsync(IReadOnlyList<string> userIds, LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var records = new List<DingTalkRecord>();
        for (var page = 0; page < MaxPages; page++)
        {
            var query = new DingTalkAttendanceQuery(
                WorkDatePattern.Format(first.AtMidnight()), WorkDatePattern.Format(last.AtMidnight()), userIds, page * PageSize, PageSize);
            var answer = await _caller.CallAsync(
                TokenKey, FetchTokenAsync,
                token => new HttpRequestMessage(HttpMethod.Post, ListEndpoint + "?access_token=" + Uri.EscapeDataString(token))
                {
                    Content = JsonContent.Create(query, IntegrationJsonContext.Default.DingTalkAttendanceQuery),
                },
                ListEndpoint, IntegrationJsonContext.Default.DingTalkAttendanceAnswer, cancellationToken).ConfigureAwait(false);
            records.AddRange(answer.RecordResult ?? []);
            if (!answer.HasMore)
            {
                return records;
            }
        }

        throw new VendorApiException(Name, ListEndpoint, VendorApiException.NonJsonAnswer, IntegrationText.Of("Vendor.TooManyPages", MaxPages));
    }

    private string TokenKey => "dingtalk:" + _options.DingTalk.AppKey;

    private async Task<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var dingTalk = _options.DingTalk;
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{TokenEndpoint}?appkey={Uri.EscapeDataString(dingTalk.AppKey ?? "")}&appsecret={Uri.EscapeDataString(dingTalk.AppSecret ?? "")}");
        var answer = await _caller.SendAsync(request, TokenEndpoint, IntegrationJsonContext.Default.TokenAnswer, cancellationToken).ConfigureAwait(false);
        return VendorCaller.ToToken(answer, _clock.GetCurrentInstant(), Name);
    }
}
