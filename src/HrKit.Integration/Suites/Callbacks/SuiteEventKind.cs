namespace HrKit.Integration.Suites.Callbacks;

/// <summary>The suite callbacks HrKit acts on.</summary>
internal enum SuiteEventKind
{
    Ignored,
    Ticket,
    Authorised,
    AuthorisationChanged,
    Cancelled,
    DirectoryChanged,
    ApprovalChanged,
}
