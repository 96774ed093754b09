// Runs one payroll month for N employees of company "acme" into a SQLite period store, as a child process of
// HrKit.Payroll.Sqlite.Tests, where a kill -9 must not take the test host with it. It prints "halfway" once half the
// records have been handed to the run (their payslips written inside the open transaction) and then, with "hang",
// waits forever so the test's kill lands mid-transaction; without it, it finishes and prints "committed".
//   Usage: HrKit.Payroll.CrashProbe <store.db> <yyyy-MM> <employees> <base-salary> [hang]
using System.Globalization;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Model;
using HrKit.Payroll.Periods;
using HrKit.Payroll.Sqlite;
using NodaTime;
using NodaTime.Text;

if (args.Length is not (4 or 5))
{
    Console.Error.WriteLine("usage: HrKit.Payroll.CrashProbe <store.db> <yyyy-MM> <employees> <base-salary> [hang]");
    return 2;
}

var month = YearMonthPattern.Iso.Parse(args[1]).Value;
var employees = int.Parse(args[2], CultureInfo.InvariantCulture);
var salary = decimal.Parse(args[3], CultureInfo.InvariantCulture);
var hang = args.Length == 5 && args[4] == "hang";
await using var store = new SqlitePayrollPeriodStore(args[0]);
await store.InitializeAsync();
var service = new PayrollPeriodService(store, new PayrollEngineBuilder().Build(), SystemClock.Instance);
await service.RunAsync("acme", Inputs());
Console.WriteLine("committed");
return 0;

async IAsyncEnumerable<EmployeeMonthInput> Inputs()
{
    for (var i = 0; i < employees; i++)
    {
        if (i == employees / 2)
        {
            Console.WriteLine("halfway");
            Console.Out.Flush();
            if (hang)
            {
                await Task.Delay(Timeout.Infinite);
            }
        }

        yield return new EmployeeMonthInput { EmployeeId = $"E{i:D5}", Period = month, City = "beijing", BaseSalary = salary };
    }
}
