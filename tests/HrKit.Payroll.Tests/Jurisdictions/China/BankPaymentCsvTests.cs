using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class BankPaymentCsvTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static Payslip Pay(string id, decimal salary, decimal postTax = 0m) => Engine.Calculate(new EmployeeMonthInput
    {
        EmployeeId = id, Period = new YearMonth(2026, 1), City = "shanghai", BaseSalary = salary, PostTaxDeductions = postTax,
    });

    private static readonly Dictionary<string, BankAccount> Accounts = new()
    {
        ["A"] = new("A", "6222020200112233445", "李四"),
        ["B"] = new("B", "6217000010001234567", "王五"),
        ["Z"] = new("Z", "6217000010007654321", "赵六"),
    };

    [Fact]
    public async Task WriteAsync_Register_TotalEqualsNetPay()
    {
        // Z's post-tax deductions take the whole net pay: nothing to transfer.
        var payslips = new[] { Pay("A", 12_345.67m), Pay("B", 30_000m), Pay("Z", 10_000m, Pay("Z", 10_000m).NetPay) };

        BankPaymentTotals totals = default;
        var text = await WithholdingDeclarationCsvTests.Text(async s => totals = await BankPaymentCsv.WritePayslipsAsync(payslips.ToAsyncEnumerable(), Accounts, s));

        Assert.Equal(payslips.Sum(p => p.NetPay), totals.Amount);
        Assert.Equal(2, totals.Transfers);
        Assert.Equal(1, totals.SkippedZero);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("账号,户名,金额,备注", lines[0]);
        Assert.Equal($"6222020200112233445,李四,{payslips[0].NetPay:0.00},A 2026-01", lines[1]);
        Assert.Equal(payslips.Sum(p => p.NetPay), lines.Skip(1).Sum(l => decimal.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task WriteAsync_NoAccount_NamesEmployeeAndField()
    {
        var ex = await Assert.ThrowsAsync<PayrollInputException>(() =>
            WithholdingDeclarationCsvTests.Text(s => BankPaymentCsv.WritePayslipsAsync(new[] { Pay("Q", 8_000m) }.ToAsyncEnumerable(), Accounts, s)));

        Assert.Equal("Q", ex.EmployeeId);
        Assert.Equal("bankAccount", ex.Field);
    }

    [Fact]
    public async Task WriteAsync_NegativeNet_RefusedNamingNetPay()
    {
        // No salary but contributions at Shanghai's floor base: the month's net pay is negative.
        var ex = await Assert.ThrowsAsync<PayrollInputException>(() =>
            WithholdingDeclarationCsvTests.Text(s => BankPaymentCsv.WritePayslipsAsync(new[] { Pay("Z", 0m) }.ToAsyncEnumerable(), Accounts, s)));

        Assert.Equal("netPay", ex.Field);
        Assert.Contains("is negative", ex.Message, StringComparison.Ordinal);
    }
}
