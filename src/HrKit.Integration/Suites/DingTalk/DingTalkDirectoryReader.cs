using System.Runtime.CompilerServices;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Vendors;

namespace HrKit.Integration.Suites.DingTalk;

/// <summary>
/// DingTalk contacts for one company with its corp token: the department tree walked level by level with
/// <c>topapi/v2/department/listsub</c> (it lists direct children only), members per department with
/// <c>topapi/v2/user/list</c> (cursor paging, at most 100 a page), and <c>topapi/v2/user/get</c> for one user.
/// </summary>
internal sealed class DingTalkDirectoryReader(DingTalkSuiteClient suite) : IDirectoryReader
{
    /// <summary>DingTalk: "size … 最大值100".</summary>
    public const int PageSize = 100;

    // Stops a vendor that never says has_more = false, or a department tree that loops back on itself.
    private const int MaxPages = 10_000;
    private const int MaxDepartments = 100_000;

    // DingTalk: 60121 "找不到该用户", 60003 "部门不存在" (deleted while the sync ran).
    private const int UserNotFound = 60121;
    private const int DepartmentNotFound = 60003;

    public SuiteVendor Vendor => SuiteVendor.DingTalk;

    public async IAsyncEnumerable<Parsed<Department>> DepartmentsAsync(CompanyRef company, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string endpoint = "topapi/v2/department/listsub";
        // The root (dept_id 1) is the company itself; listsub never returns it.
        yield return new Department("1", "", null);
        var queue = new Queue<long>([1]);
        var seen = new HashSet<long> { 1 };
        while (queue.TryDequeue(out var parent))
        {
            DingTalkDeptListAnswer answer;
            try
            {
                answer = await suite.CallCorpAsync(company, DingTalkSuiteClient.Post(endpoint, new DingTalkDeptQuery(parent), SuiteJsonContext.Default.DingTalkDeptQuery),
                    endpoint, SuiteJsonContext.Default.DingTalkDeptListAnswer, cancellationToken).ConfigureAwait(false);
            }
            catch (VendorApiException ex) when (ex.ErrCode == DepartmentNotFound)
            {
                continue;
            }

            foreach (var child in answer.Result ?? [])
            {
                var parsed = DingTalkDirectoryMapper.Map(child);
                if (parsed.Value is not null && (!seen.Add(child!.DeptId) || seen.Count > MaxDepartments))
                {
                    continue;
                }

                if (parsed.Value is not null)
                {
                    queue.Enqueue(child!.DeptId);
                }

                yield return parsed;
            }
        }
    }

    public async IAsyncEnumerable<Parsed<RosterEmployee>> EmployeesAsync(
        CompanyRef company, IReadOnlyList<Department> departments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string endpoint = "topapi/v2/user/list";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            if (!long.TryParse(department.Id, System.Globalization.CultureInfo.InvariantCulture, out var deptId))
            {
                continue;
            }

            long cursor = 0;
            for (var page = 0; page < MaxPages; page++)
            {
                DingTalkUserListAnswer answer;
                try
                {
                    answer = await suite.CallCorpAsync(company,
                        DingTalkSuiteClient.Post(endpoint, new DingTalkUserListQuery(deptId, cursor, PageSize), SuiteJsonContext.Default.DingTalkUserListQuery),
                        endpoint, SuiteJsonContext.Default.DingTalkUserListAnswer, cancellationToken).ConfigureAwait(false);
                }
                catch (VendorApiException ex) when (ex.ErrCode == DepartmentNotFound)
                {
                    break;
                }

                foreach (var user in answer.Result?.List ?? [])
                {
                    if (user?.UserId is { Length: > 0 } id && !seen.Add(id))
                    {
                        continue;
                    }

                    yield return DingTalkDirectoryMapper.Map(user, suite.Zone);
                }

                if (answer.Result is not { HasMore: true, NextCursor: { } next } || next == cursor)
                {
                    break;
                }

                cursor = next;
            }
        }
    }

    public async Task<Parsed<RosterEmployee>?> EmployeeAsync(CompanyRef company, string userId, CancellationToken cancellationToken)
    {
        const string endpoint = "topapi/v2/user/get";
        try
        {
            var answer = await suite.CallCorpAsync(company, DingTalkSuiteClient.Post(endpoint, new DingTalkUserGetQuery(userId), SuiteJsonContext.Default.DingTalkUserGetQuery),
                endpoint, SuiteJsonContext.Default.DingTalkUserGetAnswer, cancellationToken).ConfigureAwait(false);
            return DingTalkDirectoryMapper.Map(answer.Result, suite.Zone);
        }
        catch (VendorApiException ex) when (ex.ErrCode == UserNotFound)
        {
            return null;
        }
    }
}
