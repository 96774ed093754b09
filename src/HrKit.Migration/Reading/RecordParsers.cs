using HrKit.Migration.Localization;
using HrKit.Migration.Records;
using HrKit.Payroll.Model;

namespace HrKit.Migration.Reading;

/// <summary>Turns a row into the record of its kind; a bad value throws <see cref="RowRejectedException"/> naming the column.</summary>
internal static class RecordParsers
{
    public static RosterRecord Roster(MigrationRow r)
    {
        var record = new RosterRecord(r.Text("employeeId", true)!, r.Text("name", true)!)
        {
            Department = r.Text("department"),
            NationalId = r.Text("nationalId"),
            BankAccount = r.Text("bankAccount"),
            Phone = r.Text("phone"),
            HireDate = r.Date("hireDate"),
            TerminationDate = r.Date("terminationDate"),
            Jurisdiction = r.Text("jurisdiction")?.ToUpperInvariant(),
            City = r.Text("city"),
        };
        return record.TerminationDate < record.HireDate ? throw r.Reject("terminationDate", MigrationText.Of("Row.BeforeHireDate")) : record;
    }

    public static OpeningYearToDateRecord OpeningYearToDate(MigrationRow r) =>
        new(r.Text("employeeId", true)!, new TaxYearToDate
        {
            ThroughMonth = r.Month("throughMonth"),
            Income = r.Amount("income", true),
            TaxWithheld = r.Amount("taxWithheld", true),
            TaxFreeIncome = r.Amount("taxFreeIncome"),
            BasicDeduction = r.Amount("basicDeduction"),
            SpecialDeductions = r.Amount("specialDeductions"),
            SpecialAdditionalDeductions = r.Amount("specialAdditionalDeductions"),
            OtherDeductions = r.Amount("otherDeductions"),
            TaxableIncome = r.Amount("taxableIncome"),
        });

    public static HistoricalPayslipRecord Payslip(MigrationRow r) =>
        new(r.Text("employeeId", true)!, r.Month("month"), r.Amount("grossPay", true), r.Amount("netPay", true), r.Amount("employeeContributions"),
            r.Amount("wageTax"), r.Amount("bonusTax"), r.Amount("postTaxDeductions"), r.Amount("employerContributions"));

    public static PointsBalanceRecord PointsBalance(MigrationRow r) =>
        new(r.Text("employeeId", true)!, r.Text("category", true)!, r.Points("points"));
}
