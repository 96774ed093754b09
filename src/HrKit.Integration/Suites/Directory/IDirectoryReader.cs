namespace HrKit.Integration.Suites.Directory;

/// <summary>Reads one vendor's contacts API for one authorised company, page by page.</summary>
internal interface IDirectoryReader
{
    SuiteVendor Vendor { get; }

    IAsyncEnumerable<Parsed<Department>> DepartmentsAsync(CompanyRef company, CancellationToken cancellationToken);

    /// <summary>Every employee once, even when they belong to several of <paramref name="departments"/>.</summary>
    IAsyncEnumerable<Parsed<RosterEmployee>> EmployeesAsync(CompanyRef company, IReadOnlyList<Department> departments, CancellationToken cancellationToken);

    /// <summary>One employee, or null when the vendor says the user does not exist (deleted).</summary>
    Task<Parsed<RosterEmployee>?> EmployeeAsync(CompanyRef company, string userId, CancellationToken cancellationToken);
}
