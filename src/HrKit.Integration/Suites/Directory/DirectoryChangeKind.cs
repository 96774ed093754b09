namespace HrKit.Integration.Suites.Directory;

/// <summary>What a contacts change callback said happened.</summary>
public enum DirectoryChangeKind
{
    /// <summary>Users were created or updated (WeCom create_user/update_user, DingTalk user_add_org/user_modify_org): each is read again.</summary>
    UsersChanged = 0,

    /// <summary>Users left (WeCom delete_user, DingTalk user_leave_org).</summary>
    UsersLeft = 1,

    /// <summary>Departments were created, changed or removed: the department list is read again.</summary>
    DepartmentsChanged = 2,
}
