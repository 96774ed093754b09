using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HrKit.Integration.Tests.Fakes.Suites;

/// <summary>
/// Speaks DingTalk's documented ISV APIs: service/get_suite_token, get_permanent_code, activate_suite and
/// get_corp_token (accessKey, timestamp, suiteTicket and an HmacSHA256 signature it checks itself);
/// topapi/v2/department/listsub, topapi/v2/user/list (size ≤ 100, cursor), topapi/v2/user/get;
/// topapi/processinstance/listids (≤ 120 days, size ≤ 20, cursor) and topapi/processinstance/get.
/// </summary>
internal sealed class FakeDingTalkSuiteServer : FakeSuiteServerBase
{
    public const string SuiteKey = "suite-ding";
    public const string SuiteSecret = "ding-suite-secret";
    public const string LeaveCode = "PROC-LEAVE";
    public const string OvertimeCode = "PROC-OT";

    public ConcurrentBagOf<(long Start, long End, int Size)> ListIdsWindows { get; } = new();

    public static async Task<FakeDingTalkSuiteServer> StartAsync()
    {
        var fake = new FakeDingTalkSuiteServer();
        await fake.StartAsync(app =>
        {
            app.MapPost("/service/get_suite_token", (Delegate)fake.SuiteTokenAsync);
            app.MapPost("/service/get_permanent_code", (Delegate)fake.PermanentCodeAsync);
            app.MapPost("/service/activate_suite", (Delegate)fake.ActivateAsync);
            app.MapPost("/service/get_corp_token", (Delegate)fake.CorpTokenAsync);
            app.MapPost("/topapi/v2/department/listsub", (Delegate)fake.ListSubAsync);
            app.MapPost("/topapi/v2/user/list", (Delegate)fake.UserListAsync);
            app.MapPost("/topapi/v2/user/get", (Delegate)fake.UserGetAsync);
            app.MapPost("/topapi/processinstance/listids", (Delegate)fake.ListIdsAsync);
            app.MapPost("/topapi/processinstance/get", (Delegate)fake.InstanceAsync);
        });
        return fake;
    }

    private async Task<IResult> SuiteTokenAsync(HttpContext context)
    {
        var body = await BodyAsync(context);
        if ((string?)body["suite_key"] != SuiteKey || (string?)body["suite_secret"] != SuiteSecret || (string?)body["suite_ticket"] != CurrentTicket)
        {
            return Json(new { errcode = 40014, errmsg = "不合法的suiteKey、suiteSecret或suiteTicket" });
        }

        var token = await SuiteTokens.IssueAsync();
        return Json(new { errcode = 0, errmsg = "ok", suite_access_token = token, expires_in = SuiteTokens.ExpiresIn });
    }

    private async Task<IResult> PermanentCodeAsync(HttpContext context)
    {
        if (!SuiteTokens.IsValid(context.Request.Query["suite_access_token"]))
        {
            return Json(new { errcode = 40014, errmsg = "不合法的access_token" });
        }

        var code = (string?)(await BodyAsync(context))["tmp_auth_code"];
        var company = Companies.Values.FirstOrDefault(c => c.AuthCode == code && !c.AuthCodeUsed);
        if (company is null)
        {
            return Json(new { errcode = 40078, errmsg = "不存在的临时授权码" });
        }

        company.AuthCodeUsed = true;
        company.Cancelled = false;
        return Json(new { errcode = 0, errmsg = "ok", permanent_code = company.PermanentCode, auth_corp_info = new { corpid = company.CorpId, corp_name = company.CorpName } });
    }

    private async Task<IResult> ActivateAsync(HttpContext context)
    {
        var body = await BodyAsync(context);
        if (!SuiteTokens.IsValid(context.Request.Query["suite_access_token"]) || (string?)body["suite_key"] != SuiteKey
            || !Companies.TryGetValue((string?)body["auth_corpid"] ?? "", out var company) || (string?)body["permanent_code"] != company.PermanentCode)
        {
            return Json(new { errcode = 40014, errmsg = "不合法的参数" });
        }

        company.Activated = true;
        return Json(new { errcode = 0, errmsg = "ok" });
    }

    private async Task<IResult> CorpTokenAsync(HttpContext context)
    {
        var q = context.Request.Query;
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SuiteSecret), Encoding.UTF8.GetBytes($"{q["timestamp"]}\n{q["suiteTicket"]}")));
        if (q["accessKey"] != SuiteKey || q["suiteTicket"] != CurrentTicket || q["signature"] != expected)
        {
            Violations.Add("get_corp_token signature or ticket wrong");
            return Json(new { errcode = 40014, errmsg = "签名校验失败" });
        }

        if (!Companies.TryGetValue((string?)(await BodyAsync(context))["auth_corpid"] ?? "", out var company) || company.Cancelled || !company.Activated)
        {
            return Json(new { errcode = 40089, errmsg = "企业未授权或未激活" });
        }

        var token = await company.Tokens.IssueAsync();
        return Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = company.Tokens.ExpiresIn });
    }

    private IResult? Refuse(HttpContext context, out FakeSuiteCompany company)
    {
        company = CompanyOf(context)!;
        if (company is null)
        {
            return Json(new { errcode = 88, sub_code = "40014", errmsg = "不合法的access_token" });
        }

        company.CountDataRequest();
        return TakeRateLimit() ? Json(new { errcode = 90018, errmsg = "当前企业调用该接口超过每秒调用次数限制" }) : null;
    }

    private async Task<IResult> ListSubAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        var parent = (long)(await BodyAsync(context))["dept_id"]!;
        return Json(new
        {
            errcode = 0, errmsg = "ok",
            result = company.Departments.Where(d => d.Parent == parent && d.Id != parent).Select(d => new { dept_id = d.Id, name = d.Name, parent_id = d.Parent, auto_add_user = true }),
        });
    }

    private async Task<IResult> UserListAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        var body = await BodyAsync(context);
        long dept = (long)body["dept_id"]!, cursor = (long)body["cursor"]!;
        var size = (int)body["size"]!;
        if (size > 100)
        {
            Violations.Add($"user/list size {size}");
            return Json(new { errcode = 400002, errmsg = "size超过最大值100" });
        }

        var members = company.Users.Values.Where(u => u.Departments.Contains(dept)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var page = members.Skip((int)cursor).Take(size).ToList();
        var hasMore = cursor + page.Count < members.Count;
        return Json(new
        {
            errcode = 0, errmsg = "ok",
            result = new
            {
                has_more = hasMore, next_cursor = hasMore ? cursor + page.Count : (long?)null,
                list = page.Select(u => new { userid = u.Id, name = u.Name, dept_id_list = u.Departments, hired_date = u.HiredMs, active = u.Status == 1 }),
            },
        });
    }

    private async Task<IResult> UserGetAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        return company.Users.TryGetValue((string?)(await BodyAsync(context))["userid"] ?? "", out var u)
            ? Json(new { errcode = 0, errmsg = "ok", result = new { userid = u.Id, name = u.Name, dept_id_list = u.Departments, hired_date = u.HiredMs, active = u.Status == 1 } })
            : Json(new { errcode = 60121, errmsg = "找不到该用户" });
    }

    private async Task<IResult> ListIdsAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        var body = await BodyAsync(context);
        long start = (long)body["start_time"]!, end = (long)body["end_time"]!, cursor = (long)body["cursor"]!;
        var size = (int)body["size"]!;
        var code = (string)body["process_code"]!;
        if (end - start > 120L * 86_400_000 || end < start || size > 20)
        {
            Violations.Add($"listids {start}..{end} size {size}");
            return Json(new { errcode = 400002, errmsg = "时间跨度或size超出限制" });
        }

        ListIdsWindows.Add((start, end, size));
        var matching = company.Approvals.Values
            .Where(a => a.IsLeave == (code == LeaveCode) && a.AppliedAt * 1000 >= start && a.AppliedAt * 1000 <= end)
            .OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id).ToList();
        var page = matching.Skip((int)cursor).Take(size).ToList();
        return Json(new { errcode = 0, errmsg = "ok", result = new { list = page, next_cursor = cursor + page.Count < matching.Count ? cursor + page.Count : (long?)null } });
    }

    private async Task<IResult> InstanceAsync(HttpContext context)
    {
        if (Refuse(context, out var company) is { } refused)
        {
            return refused;
        }

        if (!company.Approvals.TryGetValue((string?)(await BodyAsync(context))["process_instance_id"] ?? "", out var a))
        {
            return Json(new { errcode = 400002, errmsg = "审批实例不存在" });
        }

        var (status, result) = a.Status switch
        {
            "agree" => ("COMPLETED", "agree"),
            "refuse" => ("COMPLETED", "refuse"),
            "terminated" => ("TERMINATED", ""),
            _ => ("RUNNING", ""),
        };
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        string Local(long seconds, string format) => TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone).ToString(format, CultureInfo.InvariantCulture);
        var unit = a.RangeType == "hour" ? "hour" : "day";
        var duration = a.RangeType == "hour" ? a.DurationSeconds / 3600m : a.DurationSeconds / 86400m;
        var value = a.RawValue ?? System.Text.Json.JsonSerializer.Serialize(a.IsLeave
            ? new object[] { Local(a.Begin, "yyyy-MM-dd HH:mm"), Local(a.End, "yyyy-MM-dd HH:mm"), duration, unit, a.LeaveType, "请假类型" }
            : new object[] { Local(a.Begin, "yyyy-MM-dd HH:mm"), Local(a.End, "yyyy-MM-dd HH:mm"), duration, unit });
        return Json(new
        {
            errcode = 0, errmsg = "ok",
            process_instance = new
            {
                title = a.User + (a.IsLeave ? "提交的请假" : "提交的加班"), create_time = Local(a.AppliedAt, "yyyy-MM-dd HH:mm:ss"),
                finish_time = Local(a.AppliedAt + 3600, "yyyy-MM-dd HH:mm:ss"), originator_userid = a.User, originator_dept_id = "1",
                status, result, business_id = "2026" + a.Id,
                form_component_values = new[]
                {
                    new { name = "请假事由", value = "家中有事", component_type = "TextareaField", id = "reason" },
                    new { name = a.IsLeave ? "[\"开始时间\",\"结束时间\"]" : "[\"开始时间\",\"结束时间\"]", value, component_type = a.IsLeave ? "DDHolidayField" : "DDDateRangeField", id = "range" },
                },
            },
        });
    }
}
