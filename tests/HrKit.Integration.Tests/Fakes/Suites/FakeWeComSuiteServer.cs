using System.Globalization;
using HrKit.Integration.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HrKit.Integration.Tests.Fakes.Suites;

/// <summary>
/// Speaks WeCom's documented third-party app APIs: service/get_suite_token, get_permanent_code, get_corp_token;
/// department/list, user/list, user/get; oa/getapprovalinfo (≤ 31 days, size ≤ 100, new_cursor) and oa/getapprovaldetail.
/// A cancelled company's corp token stops working and get_corp_token answers 40084, as WeCom does.
/// </summary>
internal sealed class FakeWeComSuiteServer : FakeSuiteServerBase
{
    public const string SuiteId = "ww-suite";
    public const string SuiteSecret = "suite-secret";

    /// <summary>How many sp_no one getapprovalinfo page returns (WeCom may return fewer than size; small here to force paging).</summary>
    public int ApprovalPageSize { get; set; } = 100;

    public ConcurrentBagOf<(long Start, long End)> ApprovalWindows { get; } = new();

    public static async Task<FakeWeComSuiteServer> StartAsync()
    {
        var fake = new FakeWeComSuiteServer();
        await fake.StartAsync(app =>
        {
            app.MapPost("/cgi-bin/service/get_suite_token", (Delegate)fake.SuiteTokenAsync);
            app.MapPost("/cgi-bin/service/get_permanent_code", (Delegate)fake.PermanentCodeAsync);
            app.MapPost("/cgi-bin/service/get_corp_token", (Delegate)fake.CorpTokenAsync);
            app.MapGet("/cgi-bin/department/list", (Delegate)fake.Departments);
            app.MapGet("/cgi-bin/user/list", (Delegate)fake.UserList);
            app.MapGet("/cgi-bin/user/get", (Delegate)fake.UserGet);
            app.MapPost("/cgi-bin/oa/getapprovalinfo", (Delegate)fake.ApprovalInfoAsync);
            app.MapPost("/cgi-bin/oa/getapprovaldetail", (Delegate)fake.ApprovalDetailAsync);
        });
        return fake;
    }

    private async Task<IResult> SuiteTokenAsync(HttpContext context)
    {
        var body = await BodyAsync(context);
        if ((string?)body["suite_id"] != SuiteId || (string?)body["suite_secret"] != SuiteSecret)
        {
            return Json(new { errcode = 40083, errmsg = "invalid suite_id" });
        }

        if ((string?)body["suite_ticket"] != CurrentTicket)
        {
            return Json(new { errcode = 40085, errmsg = "invalid suite_ticket" });
        }

        var token = await SuiteTokens.IssueAsync();
        return Json(new { errcode = 0, errmsg = "ok", suite_access_token = token, expires_in = SuiteTokens.ExpiresIn });
    }

    private async Task<IResult> PermanentCodeAsync(HttpContext context)
    {
        if (!SuiteTokens.IsValid(context.Request.Query["suite_access_token"]))
        {
            return Json(new { errcode = 42009, errmsg = "suite_access_token expired" });
        }

        var code = (string?)(await BodyAsync(context))["auth_code"];
        var company = Companies.Values.FirstOrDefault(c => c.AuthCode == code && !c.AuthCodeUsed);
        if (company is null)
        {
            return Json(new { errcode = 40078, errmsg = "invalid auth_code" });
        }

        company.AuthCodeUsed = true;
        company.Cancelled = false;
        var token = await company.Tokens.IssueAsync();
        return Json(new
        {
            errcode = 0, errmsg = "ok", access_token = token, expires_in = 7200, permanent_code = company.PermanentCode,
            auth_corp_info = new { corpid = company.CorpId, corp_name = company.CorpName, corp_type = "verified" },
            auth_info = new { agent = new[] { new { agentid = 1000012, name = "HrKit" } } },
        });
    }

    private async Task<IResult> CorpTokenAsync(HttpContext context)
    {
        if (!SuiteTokens.IsValid(context.Request.Query["suite_access_token"]))
        {
            return Json(new { errcode = 42009, errmsg = "suite_access_token expired" });
        }

        var body = await BodyAsync(context);
        if (!Companies.TryGetValue((string?)body["auth_corpid"] ?? "", out var company) || company.Cancelled || (string?)body["permanent_code"] != company.PermanentCode)
        {
            return Json(new { errcode = 40084, errmsg = "invalid permanent_code" });
        }

        var token = await company.Tokens.IssueAsync();
        return Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = company.Tokens.ExpiresIn });
    }

    private IResult? Refuse(HttpContext context, out FakeSuiteCompany company)
    {
        company = CompanyOf(context)!;
        if (company is null)
        {
            return Json(new { errcode = 40014, errmsg = "invalid access_token" });
        }

        company.CountDataRequest();
        return TakeRateLimit() ? Json(new { errcode = 45009, errmsg = "api freq out of limit" }) : null;
    }

    private IResult Departments(HttpContext context) => Refuse(context, out var company) ?? Json(new
    {
        errcode = 0, errmsg = "ok",
        department = company.Departments.Select(d => new { id = d.Id, name = d.Name, parentid = d.Parent, order = 1 }),
    });

    private IResult UserList(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        var department = long.Parse(context.Request.Query["department_id"]!, CultureInfo.InvariantCulture);
        return Json(new
        {
            errcode = 0, errmsg = "ok",
            userlist = company.Users.Values.Where(u => u.Departments.Contains(department)).OrderBy(u => u.Id, StringComparer.Ordinal)
                .Select(u => new { userid = u.Id == "" ? null : u.Id, name = u.Name, department = u.Departments, status = u.Status }),
        });
    }

    private IResult UserGet(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        return company.Users.TryGetValue(context.Request.Query["userid"].ToString(), out var u)
            ? Json(new { errcode = 0, errmsg = "ok", userid = u.Id, name = u.Name, department = u.Departments, status = u.Status })
            : Json(new { errcode = 60111, errmsg = "userid not found" });
    }

    private async Task<IResult> ApprovalInfoAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        var body = await BodyAsync(context);
        long start = long.Parse((string)body["starttime"]!, CultureInfo.InvariantCulture), end = long.Parse((string)body["endtime"]!, CultureInfo.InvariantCulture);
        var size = (int)body["size"]!;
        var types = body["filters"]!.AsArray().Where(f => (string?)f!["key"] == "record_type").Select(f => (string)f!["value"]!).ToHashSet();
        if (end - start > 31 * 86400 || end < start || size > 100)
        {
            Violations.Add($"getapprovalinfo {start}..{end} size {size}");
            return Json(new { errcode = 301025, errmsg = "time span or size out of range" });
        }

        ApprovalWindows.Add((start, end));
        var cursor = (string?)body["new_cursor"] is { Length: > 0 } c ? int.Parse(c, CultureInfo.InvariantCulture) : 0;
        var matching = company.Approvals.Values
            .Where(a => a.AppliedAt >= start && a.AppliedAt <= end && types.Contains(a.IsLeave ? "1" : "5"))
            .OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id).ToList();
        var page = matching.Skip(cursor).Take(Math.Min(size, ApprovalPageSize)).ToList();
        var next = cursor + page.Count < matching.Count ? (cursor + page.Count).ToString(CultureInfo.InvariantCulture) : "";
        return Json(new { errcode = 0, errmsg = "ok", sp_no_list = page, new_next_cursor = next });
    }

    private async Task<IResult> ApprovalDetailAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        var spNo = (string?)(await BodyAsync(context))["sp_no"] ?? "";
        if (!company.Approvals.TryGetValue(spNo, out var a))
        {
            return Json(new { errcode = 301025, errmsg = "sp_no not found" });
        }

        var range = new { type = a.RangeType, new_begin = a.Begin, new_end = a.End, new_duration = a.DurationSeconds };
        object content = a.IsLeave
            ? new
            {
                control = "Vacation", id = "vacation-1", title = new[] { new { text = "请假类型", lang = "zh_CN" } },
                value = new
                {
                    vacation = new
                    {
                        selector = new { type = "single", options = new[] { new { key = "1", value = new[] { new { text = a.LeaveType, lang = "zh_CN" } } } } },
                        attendance = new { date_range = range, type = 1 },
                    },
                },
            }
            : new { control = "Attendance", id = "attendance-1", value = new { attendance = new { date_range = range, type = 5 } } };
        return Json(new
        {
            errcode = 0, errmsg = "ok",
            info = new
            {
                sp_no = a.Id, sp_name = a.IsLeave ? "请假" : "加班", sp_status = int.Parse(a.Status, CultureInfo.InvariantCulture), template_id = "tpl",
                apply_time = a.AppliedAt, applyer = new { userid = a.User, partyid = "1" },
                apply_data = new { contents = new[] { content } },
            },
        });
    }
}

/// <summary>A thread-safe list the tests can read in order.</summary>
internal sealed class ConcurrentBagOf<T>
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<T> _items = new();

    public void Add(T item) => _items.Enqueue(item);

    public IReadOnlyList<T> Items => [.. _items];
}
