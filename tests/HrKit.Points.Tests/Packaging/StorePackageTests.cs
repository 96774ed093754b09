using HrKit.Tests.Shared;

namespace HrKit.Points.Tests.Packaging;

/// <summary>Issue 19: HrKit.Points.Sqlite brings no PostgreSQL driver, HrKit.Points.PostgreSql no SQLite (<see cref="StorePackageChecks"/>).</summary>
public sealed class StorePackageTests() : StorePackageChecks("HrKit.Points");
