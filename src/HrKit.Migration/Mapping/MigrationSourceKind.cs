namespace HrKit.Migration.Mapping;

/// <summary>What an export file holds, and so which store it goes to.</summary>
public enum MigrationSourceKind
{
    /// <summary>Employees (the roster store).</summary>
    Roster = 0,

    /// <summary>The current tax year's cumulative state through a month (the payroll period store).</summary>
    OpeningYearToDate = 1,

    /// <summary>Payslips the old system paid (the payroll period store).</summary>
    Payslips = 2,

    /// <summary>Opening points balances per employee and category (the points ledger).</summary>
    PointsBalances = 3,
}
