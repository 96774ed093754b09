using HrKit.Payroll.Periods;
using HrKit.Payroll.Periods.Sql;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HrKit.Payroll.Sqlite.Tests;

public sealed class SqliteSchemaUpgradeTests : IDisposable
{
    private readonly string _path = TempDatabase.NewPath();

    [Fact]
    public async Task InitializeAsync_Version1Database_UpgradesInPlaceAndKeepsItsData()
    {
        Execute([SqlPeriodSchema.VersionTable, .. SqlPeriodSchema.Steps("INTEGER PRIMARY KEY AUTOINCREMENT")[0],
            "INSERT INTO payroll_schema (version) VALUES (1)",
            "INSERT INTO payroll_periods (company_id, month, status) VALUES ('acme', 202501, 1)"]);

        await using (var store = new SqlitePayrollPeriodStore(_path))
        {
            await store.InitializeAsync();
            Assert.Equal(PeriodStatus.Closed, await store.GetStatusAsync("acme", new YearMonth(2025, 1)));
        }

        Assert.Equal(PayrollPeriodSchema.CurrentVersion, TempDatabase.Scalar<long>(_path, "SELECT version FROM payroll_schema"));
        Assert.Equal(1L, TempDatabase.Scalar<long>(_path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'ix_payroll_payslips_employee'"));
    }

    [Fact]
    public async Task InitializeAsync_TwiceOnTheSameFile_LeavesOneVersionRow()
    {
        for (var i = 0; i < 2; i++)
        {
            await using var store = new SqlitePayrollPeriodStore(_path);
            await store.InitializeAsync();
        }

        Assert.Equal(1L, TempDatabase.Scalar<long>(_path, "SELECT COUNT(*) FROM payroll_schema"));
    }

    [Fact]
    public async Task InitializeAsync_NewerSchema_IsRefusedWithTheFix()
    {
        Execute([SqlPeriodSchema.VersionTable, "INSERT INTO payroll_schema (version) VALUES (99)"]);
        await using var store = new SqlitePayrollPeriodStore(_path);

        var ex = await Assert.ThrowsAsync<PayrollPeriodException>(() => store.InitializeAsync());

        Assert.Contains("version 99", ex.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade HrKit.Payroll", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => TempDatabase.Delete(_path);

    private void Execute(string[] statements)
    {
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
