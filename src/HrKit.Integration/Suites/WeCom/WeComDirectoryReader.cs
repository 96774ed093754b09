using System.Globalization;
using System.Runtime.CompilerServices;
using HrKit.Integration.Serialization;
using HrKit.Integration.Suites.Directory;
using HrKit.Integration.Vendors;

namespace HrKit.Integration.Suites.WeCom;

/// <summary>
/// WeCom contacts for one company with its corp token: <c>department/list</c>, then <c>user/list</c> per department
/// (one department's members per answer, so memory is bounded by the largest department), and <c>user/get</c> for one user.
/// </summary>
internal sealed class WeComDirectoryReader(WeComSuiteClient suite) : IDirectoryReader
{
    // WeCom: 60111 "userid not found", 60123 "invalid party id" (deleted while the sync ran).
    private const int UserNotFound = 60111;
    private const int DepartmentNotFound = 60123;

    public SuiteVendor Vendor => SuiteVendor.WeCom;

    public async IAsyncEnumerable<Parsed<Department>> DepartmentsAsync(CompanyRef company, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/department/list";
        var answer = await suite.CallCorpAsync(company, WeComSuiteClient.Get(endpoint), endpoint, SuiteJsonContext.Default.WeComDepartmentListAnswer, cancellationToken).ConfigureAwait(false);
        foreach (var department in answer.Department ?? [])
        {
            yield return WeComDirectoryMapper.Map(department);
        }
    }

    public async IAsyncEnumerable<Parsed<RosterEmployee>> EmployeesAsync(
        CompanyRef company, IReadOnlyList<Department> departments, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/user/list";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            WeComUserListAnswer answer;
            try
            {
                answer = await suite.CallCorpAsync(company, WeComSuiteClient.Get(endpoint, "&department_id=" + Uri.EscapeDataString(department.Id)),
                    endpoint, SuiteJsonContext.Default.WeComUserListAnswer, cancellationToken).ConfigureAwait(false);
            }
            catch (VendorApiException ex) when (ex.ErrCode == DepartmentNotFound)
            {
                continue;
            }

            foreach (var user in answer.UserList ?? [])
            {
                if (user?.UserId is { Length: > 0 } id && !seen.Add(id))
                {
                    continue;
                }

                yield return WeComDirectoryMapper.Map(user?.UserId, user?.Name, user?.Department, user?.Status ?? 0);
            }
        }
    }

    public async Task<Parsed<RosterEmployee>?> EmployeeAsync(CompanyRef company, string userId, CancellationToken cancellationToken)
    {
        const string endpoint = "cgi-bin/user/get";
        try
        {
            var user = await suite.CallCorpAsync(company, WeComSuiteClient.Get(endpoint, "&userid=" + Uri.EscapeDataString(userId)),
                endpoint, SuiteJsonContext.Default.WeComUserAnswer, cancellationToken).ConfigureAwait(false);
            return WeComDirectoryMapper.Map(user.UserId, user.Name, user.Department, user.Status);
        }
        catch (VendorApiException ex) when (ex.ErrCode == UserNotFound)
        {
            return null;
        }
    }

}
