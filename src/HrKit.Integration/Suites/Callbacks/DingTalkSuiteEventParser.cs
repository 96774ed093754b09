using System.Globalization;
using System.Text.Json;
using HrKit.Integration.Suites.Directory;
using NodaTime;

namespace HrKit.Integration.Suites.Callbacks;

/// <summary>
/// Reads DingTalk's third-party app callbacks by <c>EventType</c>: suite_ticket, tmp_auth_code, change_auth,
/// suite_relieve, user_add_org / user_modify_org / user_leave_org, org_dept_create / modify / remove and
/// bpms_instance_change (approval finished or terminated).
/// </summary>
internal static class DingTalkSuiteEventParser
{
    public static SuiteEvent Parse(string json, Instant receivedAt)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return SuiteEvent.Ignored(receivedAt);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SuiteEvent.Ignored(receivedAt);
            }

            string? Text(string name) => root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.String && e.GetString() is { Length: > 0 } s ? s : null;
            IReadOnlyList<string> Ids(string name) => root.TryGetProperty(name, out var e) && e.ValueKind == JsonValueKind.Array
                ? [.. e.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()! : i.GetRawText()).Where(i => i.Length > 0)]
                : [];
            var at = long.TryParse(Text("TimeStamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms is > 0 and < 253402300799999
                ? Instant.FromUnixTimeMilliseconds(ms)
                : receivedAt;
            var suiteKey = Text("SuiteKey");
            var corp = (Text("AuthCorpId") ?? Text("CorpId") ?? Text("corpId")) is { } corpId ? new CompanyRef(SuiteVendor.DingTalk, corpId) : null;
            DirectoryChange? Change(DirectoryChangeKind kind, string field) => corp is null ? null : new DirectoryChange(corp, kind, Ids(field), at);
            return Text("EventType") switch
            {
                "suite_ticket" when Text("SuiteTicket") is { } ticket => new SuiteEvent(SuiteEventKind.Ticket, suiteKey, null, ticket, null, at),
                "tmp_auth_code" when Text("AuthCode") is { } code => new SuiteEvent(SuiteEventKind.Authorised, suiteKey, corp, code, null, at),
                "change_auth" when corp is not null => new SuiteEvent(SuiteEventKind.AuthorisationChanged, suiteKey, corp, null, null, at),
                "suite_relieve" when corp is not null => new SuiteEvent(SuiteEventKind.Cancelled, suiteKey, corp, null, null, at),
                "user_add_org" or "user_modify_org" when Change(DirectoryChangeKind.UsersChanged, "UserId") is { } change => Directory(suiteKey, change, at),
                "user_leave_org" when Change(DirectoryChangeKind.UsersLeft, "UserId") is { } change => Directory(suiteKey, change, at),
                "org_dept_create" or "org_dept_modify" or "org_dept_remove" when Change(DirectoryChangeKind.DepartmentsChanged, "DeptId") is { } change => Directory(suiteKey, change, at),
                "bpms_instance_change" when corp is not null && Text("processInstanceId") is { } id && Text("type") is "finish" or "terminate" =>
                    new SuiteEvent(SuiteEventKind.ApprovalChanged, suiteKey, corp, id, null, at),
                _ => SuiteEvent.Ignored(at),
            };
        }
    }

    private static SuiteEvent Directory(string? suiteKey, DirectoryChange change, Instant at) =>
        new(SuiteEventKind.DirectoryChanged, suiteKey, change.Company, null, change, at);
}
