using System.Collections.Concurrent;

namespace HrKit.Integration.Tests.Fakes.Suites;

/// <summary>One company as a fake vendor knows it: its authorisation, corp tokens, directory and approvals.</summary>
internal sealed class FakeSuiteCompany(string corpId, string corpName)
{
    public string CorpId { get; } = corpId;

    public string CorpName { get; } = corpName;

    public string PermanentCode { get; } = "perm-" + corpId;

    /// <summary>The one-time auth code the vendor hands out when the company installs the app.</summary>
    public string AuthCode { get; } = "auth-" + corpId;

    public bool AuthCodeUsed { get; set; }

    public bool Activated { get; set; }

    public volatile bool Cancelled;

    public FakeTokenIssuer Tokens { get; } = new() { Prefix = $"tok-{corpId}-" };

    /// <summary>(id, name, parent id; 0 for the root).</summary>
    public List<(long Id, string Name, long Parent)> Departments { get; } = [(1, "总部", 0)];

    public ConcurrentDictionary<string, FakeUser> Users { get; } = new();

    public ConcurrentDictionary<string, FakeApproval> Approvals { get; } = new();

    /// <summary>Data requests answered so far; when it reaches <see cref="CancelAfterRequests"/> the company removes the app.</summary>
    public int DataRequests;

    public int CancelAfterRequests { get; set; } = int.MaxValue;

    public void AddUser(string id, string name, int status = 1, long hiredMs = 0, params long[] departments) =>
        Users[id] = new FakeUser(id, name, departments.Length == 0 ? [1] : departments, status, hiredMs);

    /// <summary>Counts a data request and cancels the authorisation when the limit is reached (the "mid-sync" point).</summary>
    public void CountDataRequest()
    {
        if (Interlocked.Increment(ref DataRequests) >= CancelAfterRequests)
        {
            Cancelled = true;
        }
    }
}

internal sealed record FakeUser(string Id, string Name, long[] Departments, int Status, long HiredMs);

/// <summary>An approval as the fakes serve it; times in Unix seconds.</summary>
internal sealed record FakeApproval(
    string Id, string User, bool IsLeave, string Status, long Begin, long End, string RangeType, long DurationSeconds, long AppliedAt, string LeaveType = "年假",
    string? RawValue = null);
