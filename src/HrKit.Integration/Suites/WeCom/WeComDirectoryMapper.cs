using System.Globalization;
using HrKit.Integration.Reconciliation;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Directory;

namespace HrKit.Integration.Suites.WeCom;

/// <summary>Maps WeCom <c>department/list</c> and <c>user/list</c> items to the normalised roster.</summary>
internal static class WeComDirectoryMapper
{
    private const string Source = "wecom";

    public static Parsed<Department> Map(WeComDepartment? department)
    {
        if (department is null || department.Id <= 0)
        {
            return new RejectedRecord(Source, department?.Id.ToString(CultureInfo.InvariantCulture) ?? "null", null, RejectionReason.Malformed,
                "department item is null or has no positive id.");
        }

        var id = department.Id.ToString(CultureInfo.InvariantCulture);
        return new Department(id, department.Name ?? "", department.ParentId > 0 && department.ParentId != department.Id ? department.ParentId.ToString(CultureInfo.InvariantCulture) : null);
    }

    public static Parsed<RosterEmployee> Map(string? userId, string? name, IReadOnlyList<long>? departments, int status)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return new RejectedRecord(Source, "null", null, RejectionReason.MissingEmployeeId, "userlist item without userid.");
        }

        EmploymentStatus? normalised = status switch
        {
            1 => EmploymentStatus.Active,
            2 => EmploymentStatus.Disabled,
            4 => EmploymentStatus.NotActivated,
            5 => EmploymentStatus.Left,
            _ => null,
        };
        if (normalised is null)
        {
            return new RejectedRecord(Source, userId, userId, RejectionReason.Malformed, $"status {status} is not one of WeCom's 1, 2, 4, 5.");
        }

        var ids = (departments ?? []).Where(d => d > 0).Distinct().Order().Select(d => d.ToString(CultureInfo.InvariantCulture)).ToList();
        return new RosterEmployee(userId, name ?? "", ids, normalised.Value, null, null);
    }
}
