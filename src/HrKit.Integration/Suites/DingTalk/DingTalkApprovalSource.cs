using System.Runtime.CompilerServices;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Approvals;
using HrKit.Integration.Vendors;
using NodaTime;

namespace HrKit.Integration.Suites.DingTalk;

/// <summary>
/// DingTalk approvals of one company: <c>topapi/processinstance/listids</c> per process code, in windows of at most
/// 120 days and pages of at most 20 ids ("size … 最大值20"), then <c>topapi/processinstance/get</c> for each.
/// </summary>
internal sealed class DingTalkApprovalSource(DingTalkSuiteClient suite) : IApprovalSource
{
    public const int PageSize = 20;
    public static readonly Duration MaxSpan = Duration.FromDays(120);
    private const int MaxPages = 10_000;

    public SuiteVendor Vendor => SuiteVendor.DingTalk;

    public async IAsyncEnumerable<(string Id, ApprovalKind? Kind)> ListAsync(CompanyRef company, ApprovalQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string endpoint = "topapi/processinstance/listids";
        var from = query.First.AtStartOfDayInZone(suite.Zone).ToInstant();
        var to = query.Last.PlusDays(1).AtStartOfDayInZone(suite.Zone).ToInstant() - Duration.FromMilliseconds(1);
        var codes = query.DingTalkLeaveProcessCodes.Select(c => (Code: c, Kind: ApprovalKind.Leave))
            .Concat(query.DingTalkOvertimeProcessCodes.Select(c => (Code: c, Kind: ApprovalKind.Overtime)));
        foreach (var (code, kind) in codes)
        {
            foreach (var (start, end) in RequestSplitter.SplitTime(from, to, MaxSpan))
            {
                long cursor = 0;
                for (var page = 0; page < MaxPages; page++)
                {
                    var body = new DingTalkListIdsQuery(code, start.ToUnixTimeMilliseconds(), end.ToUnixTimeMilliseconds(), PageSize, cursor);
                    var answer = await suite.CallCorpAsync(company, DingTalkSuiteClient.Post(endpoint, body, SuiteJsonContext.Default.DingTalkListIdsQuery),
                        endpoint, SuiteJsonContext.Default.DingTalkListIdsAnswer, cancellationToken).ConfigureAwait(false);
                    foreach (var id in answer.Result?.List ?? [])
                    {
                        if (!string.IsNullOrEmpty(id))
                        {
                            yield return (id, kind);
                        }
                    }

                    if (answer.Result?.NextCursor is not { } next || next == cursor)
                    {
                        break;
                    }

                    cursor = next;
                }
            }
        }
    }

    public async Task<Parsed<ApprovalRequest>> GetAsync(CompanyRef company, string id, ApprovalKind? kind, CancellationToken cancellationToken)
    {
        const string endpoint = "topapi/processinstance/get";
        var answer = await suite.CallCorpAsync(company, DingTalkSuiteClient.Post(endpoint, new DingTalkInstanceQuery(id), SuiteJsonContext.Default.DingTalkInstanceQuery),
            endpoint, SuiteJsonContext.Default.DingTalkInstanceAnswer, cancellationToken).ConfigureAwait(false);
        return DingTalkApprovalMapper.Map(company, id, answer.ProcessInstance, kind, suite.Zone);
    }
}
