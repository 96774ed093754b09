namespace HrKit.Integration.Suites.Directory;

/// <summary>An employee's state in the vendor's directory, normalised across vendors.</summary>
public enum EmploymentStatus
{
    /// <summary>Employed and able to use the vendor's apps (WeCom status 1, DingTalk active).</summary>
    Active = 0,

    /// <summary>Employed, account disabled by the company (WeCom status 2).</summary>
    Disabled = 1,

    /// <summary>Employed, never activated the account (WeCom status 4, DingTalk active = false).</summary>
    NotActivated = 2,

    /// <summary>Left the company (WeCom status 5, deleted from the directory, DingTalk user_leave_org).</summary>
    Left = 3,
}
