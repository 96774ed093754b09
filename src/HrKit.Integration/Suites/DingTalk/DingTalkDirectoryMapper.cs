using System.Globalization;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Directory;
using NodaTime;

namespace HrKit.Integration.Suites.DingTalk;

/// <summary>Maps DingTalk <c>topapi/v2/department/listsub</c> and <c>topapi/v2/user/list</c> items to the normalised roster.</summary>
internal static class DingTalkDirectoryMapper
{
    private const string Source = "dingtalk";

    // Instant.FromUnixTimeMilliseconds accepts up to 9999-12-31; a later hired_date is a vendor bug, rejected.
    private const long MaxUnixMilliseconds = 253402300799999;

    public static Parsed<Department> Map(DingTalkDept? department)
    {
        if (department is null || department.DeptId <= 0)
        {
            return new RejectedRecord(Source, department?.DeptId.ToString(CultureInfo.InvariantCulture) ?? "null", null, RejectionReason.Malformed,
                "department item is null or has no positive dept_id.");
        }

        return new Department(department.DeptId.ToString(CultureInfo.InvariantCulture), department.Name ?? "",
            department.ParentId > 0 && department.ParentId != department.DeptId ? department.ParentId.ToString(CultureInfo.InvariantCulture) : null);
    }

    public static Parsed<RosterEmployee> Map(DingTalkUser? user, DateTimeZone zone)
    {
        if (user is null || string.IsNullOrEmpty(user.UserId))
        {
            return new RejectedRecord(Source, "null", null, RejectionReason.MissingEmployeeId, "user item without userid.");
        }

        LocalDate? hiredOn = null;
        if (user.HiredDate is { } hired and not 0)
        {
            if (hired is < 0 or > MaxUnixMilliseconds)
            {
                return new RejectedRecord(Source, user.UserId, user.UserId, RejectionReason.Malformed,
                    $"hired_date {hired} is not a Unix time in milliseconds before the year 10000.");
            }

            hiredOn = Instant.FromUnixTimeMilliseconds(hired).InZone(zone).Date;
        }

        var ids = (user.DeptIdList ?? []).Where(d => d > 0).Distinct().Order().Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList();
        var status = user.Active == false ? EmploymentStatus.NotActivated : EmploymentStatus.Active;
        return new RosterEmployee(user.UserId, user.Name ?? "", ids, status, hiredOn, null);
    }
}
