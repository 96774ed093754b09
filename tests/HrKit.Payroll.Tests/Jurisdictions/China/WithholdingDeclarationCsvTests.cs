using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

public sealed class WithholdingDeclarationCsvTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static readonly TaxpayerIdentity Zhang = new("C1", "张三", TaxpayerIdentity.ResidentIdCard, "110101199001011234");

    private static EmployeeMonthInput Beijing(int month, TaxYearToDate? ytd) => new()
    {
        EmployeeId = "C1", Period = new YearMonth(2026, month), City = "beijing", BaseSalary = 10_000m, TaxFreeIncome = 300m, OtherTaxDeductions = 100m, YearToDate = ytd,
    };

    internal static async Task<string> Text(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        await write(stream);
        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void From_FebruaryPayslip_MonthFiguresNotCumulative()
    {
        var january = Engine.Calculate(Beijing(1, null));
        var february = Engine.Calculate(Beijing(2, january.YearToDate));

        var row = WageDeclarationRow.From(february, january.YearToDate, Zhang);

        // 10 000 salary + 300 tax-free; Beijing employee: pension 8 % = 800, medical 2 % + 3 = 203, unemployment 0.5 % = 50,
        // housing fund 12 % = 1 200 (base 10 000: salary + allowances, the policy's default).
        Assert.Equal(10_300m, row.Income);
        Assert.Equal(300m, row.TaxFreeIncome);
        Assert.Equal(800m, row.Pension);
        Assert.Equal(203m, row.Medical);
        Assert.Equal(50m, row.Unemployment);
        Assert.Equal(1_200m, row.HousingFund);
        Assert.Equal(100m, row.OtherDeductions);
        Assert.Equal(february.WageTax, row.TaxWithheld);
    }

    [Fact]
    public async Task WriteWagesAsync_Row_InTemplateColumnOrder()
    {
        var payslip = Engine.Calculate(Beijing(1, null));
        var row = WageDeclarationRow.From(payslip, TaxYearToDate.Empty, Zhang);

        var text = await Text(s => WithholdingDeclarationCsv.WriteWagesAsync(new[] { row }.ToAsyncEnumerable(), s));

        var lines = text.Split("\r\n");
        Assert.Equal("工号,*姓名,*证件类型,*证件号码,本期收入,本期免税收入,基本养老保险费,基本医疗保险费,失业保险费,住房公积金,累计子女教育,累计继续教育,累计住房贷款利息,累计住房租金,累计赡养老人,累计3岁以下婴幼儿照护,累计个人养老金,企业(职业)年金,商业健康保险,税延养老保险,其他,准予扣除的捐赠额,减免税额,备注", lines[0]);
        Assert.Equal("C1,张三,居民身份证,110101199001011234,10300.00,300.00,800.00,203.00,50.00,1200.00,,,,,,,,,,,100.00,,,", lines[1]);
        Assert.Equal(24, lines[1].Split(',').Length);
    }

    [Fact]
    public void From_IdentityOfAnotherEmployee_Throws()
    {
        var payslip = Engine.Calculate(Beijing(1, null));

        var ex = Assert.Throws<ArgumentException>(() => WageDeclarationRow.From(payslip, TaxYearToDate.Empty, Zhang with { EmployeeId = "C2" }));
        Assert.Contains("'C2' was given for the payslip of 'C1'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteLabourAsync_Payment_OneRowWithGrossPayment()
    {
        var payment = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.LabourRemuneration, 30_000m);
        var consultant = new TaxpayerIdentity("X9", "=HYPERLINK(\"x\")", TaxpayerIdentity.ResidentIdCard, "310101198001010011");

        var text = await Text(s => WithholdingDeclarationCsv.WriteLabourAsync(new[] { (consultant, payment) }.ToAsyncEnumerable(), s));

        var lines = text.Split("\r\n");
        Assert.Equal("工号,*姓名,*证件类型,*证件号码,*所得项目,本期收入,本期免税收入,商业健康保险,税延养老保险,其他,允许扣除的税费,减免税额,协定减免,备注", lines[0]);
        // A name that a spreadsheet would run as a formula is written as text (leading apostrophe), quoted for its quotes.
        Assert.Equal("X9,\"'=HYPERLINK(\"\"x\"\")\",居民身份证,310101198001010011,一般劳务报酬所得,30000.00,,,,,,,,", lines[1]);
    }

    [Fact]
    public async Task WriteLabourAsync_AuthorRemuneration_Refused()
    {
        var payment = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.AuthorRemuneration, 40_000m);

        await Assert.ThrowsAsync<ArgumentException>(() => Text(s => WithholdingDeclarationCsv.WriteLabourAsync(new[] { (Zhang, payment) }.ToAsyncEnumerable(), s)));
    }
}
