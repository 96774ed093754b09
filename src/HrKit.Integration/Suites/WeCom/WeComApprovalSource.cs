using System.Globalization;
using System.Runtime.CompilerServices;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Vendors;
using NodaTime;

namespace HrKit.Integration.Suites.WeCom;

/// <summary>
/// WeCom approvals of one company: <c>oa/getapprovalinfo</c> in windows of at most 31 days ("时间跨度不超过31天") and
/// pages of at most 100 sp_no ("size … 上限值为100") filtered to record_type 1 (请假) or 5 (加班), then
/// <c>oa/getapprovaldetail</c> for each.
/// </summary>
internal sealed class WeComApprovalSource(WeComSuiteClient suite) : IApprovalSource
{
    public const int PageSize = 100;
    public static readonly Duration MaxSpan = Duration.FromDays(31);
    private const int MaxPages = 10_000;

    // Filters of one type are OR-ed: leave or overtime, in one listing.
    private static readonly WeComApprovalFilter[] Filters = [new("record_type", "1"), new("record_type", "5")];

    public SuiteVendor Vendor => SuiteVendor.WeCom;

    public async IAsyncEnumerable<(string Id, ApprovalKind? Kind)> ListAsync(CompanyRef company, ApprovalQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/oa/getapprovalinfo";
        var from = query.First.AtStartOfDayInZone(suite.Zone).ToInstant();
        var to = query.Last.PlusDays(1).AtStartOfDayInZone(suite.Zone).ToInstant() - Duration.FromSeconds(1);
        foreach (var (start, end) in RequestSplitter.SplitTime(from, to, MaxSpan))
        {
            var cursor = "";
            for (var page = 0; page < MaxPages; page++)
            {
                var body = new WeComApprovalInfoQuery(Seconds(start), Seconds(end), cursor, PageSize, Filters);
                var answer = await suite.CallCorpAsync(company, WeComSuiteClient.Post(endpoint, body, SuiteJsonContext.Default.WeComApprovalInfoQuery),
                    endpoint, SuiteJsonContext.Default.WeComApprovalInfoAnswer, cancellationToken).ConfigureAwait(false);
                foreach (var spNo in answer.SpNoList ?? [])
                {
                    if (!string.IsNullOrEmpty(spNo))
                    {
                        yield return (spNo, null);
                    }
                }

                if (string.IsNullOrEmpty(answer.NewNextCursor) || answer.NewNextCursor == cursor)
                {
                    break;
                }

                cursor = answer.NewNextCursor;
            }
        }
    }

    public async Task<Parsed<ApprovalRequest>> GetAsync(CompanyRef company, string id, ApprovalKind? kind, CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/oa/getapprovaldetail";
        var answer = await suite.CallCorpAsync(company, WeComSuiteClient.Post(endpoint, new WeComApprovalDetailQuery(id), SuiteJsonContext.Default.WeComApprovalDetailQuery),
            endpoint, SuiteJsonContext.Default.WeComApprovalDetailAnswer, cancellationToken).ConfigureAwait(false);
        return WeComApprovalMapper.Map(company, id, answer.Info, suite.Zone);
    }

    private static string Seconds(Instant instant) => instant.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
