using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions;
using HrKit.Payroll.Jurisdictions.China;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.China;

/// <summary>
/// The filing files' edges: what the writers return and leave behind (the row count, the stream still open, a UTF-8
/// BOM for Excel), their argument guards, each refusal's text, CSV quoting at the first character, and a declaration
/// row's medical column adding every medical-type line.
/// </summary>
public sealed class FilingsBoundaryTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    private static readonly TaxpayerIdentity Zhang = new("C1", "张三", TaxpayerIdentity.ResidentIdCard, "110101199001011234");

    private static IAsyncEnumerable<T> Async<T>(params T[] items) => items.ToAsyncEnumerable();

    private static WageDeclarationRow Row(decimal otherDeductions) => new(Zhang, 10_300m, 300m, 800m, 203m, 50m, 1_200m, otherDeductions, 82.41m);

    [Fact]
    public async Task WriteWagesAsync_TwoRows_CountedWithTheStreamLeftOpenAndABom()
    {
        using var output = new MemoryStream();

        var count = await WithholdingDeclarationCsv.WriteWagesAsync(Async(Row(0m), Row(12.5m)), output);

        Assert.Equal(2, count);
        Assert.True(output.CanWrite);
        var bytes = output.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal(4, lines.Length); // header, two rows, and the empty rest after the last line break
        // Other deductions: empty when 0, to the fen otherwise (column 21 of 24).
        Assert.Equal(("", "12.50"), (lines[1].Split(',')[20], lines[2].Split(',')[20]));
        Assert.Equal(0, await WithholdingDeclarationCsv.WriteWagesAsync(Async<WageDeclarationRow>(), new MemoryStream()));
    }

    [Fact]
    public async Task Writers_NullArguments_ThrowArgumentNullNamingThem()
    {
        var accounts = new Dictionary<string, BankAccount>();

        Assert.Equal("rows", (await Assert.ThrowsAsync<ArgumentNullException>(() => WithholdingDeclarationCsv.WriteWagesAsync(null!, new MemoryStream()))).ParamName);
        Assert.Equal("rows", (await Assert.ThrowsAsync<ArgumentNullException>(() => WithholdingDeclarationCsv.WriteLabourAsync(null!, new MemoryStream()))).ParamName);
        Assert.Equal("output", (await Assert.ThrowsAsync<ArgumentNullException>(() => WithholdingDeclarationCsv.WriteWagesAsync(Async(Row(0m)), null!))).ParamName);
        Assert.Equal("payslips", (await Assert.ThrowsAsync<ArgumentNullException>(() => BankPaymentCsv.WritePayslipsAsync(null!, accounts, new MemoryStream()))).ParamName);
        Assert.Equal("payslips", (await Assert.ThrowsAsync<ArgumentNullException>(() => BankPaymentCsv.WriteAsync(null!, accounts, new MemoryStream()))).ParamName);
        Assert.Equal("accounts", (await Assert.ThrowsAsync<ArgumentNullException>(() => BankPaymentCsv.WriteAsync(Async<PayslipSummary>(), null!, new MemoryStream()))).ParamName);
    }

    [Fact]
    public async Task WriteLabourAsync_AnotherKindOfPayment_RefusedNamingIt()
    {
        var royalty = NonWageIncomeWithholding.Calculate(NonWageIncomeKind.AuthorRemuneration, 5_000m);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => WithholdingDeclarationCsv.WriteLabourAsync(Async((Zhang, royalty)), new MemoryStream()));

        Assert.Equal("rows", ex.ParamName);
        Assert.StartsWith("The payment to 'C1' is 稿酬 (author's remuneration); only labour remuneration goes in this file.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BankPayment_NoAccount_RefusedWithTheFix_AndTheRemarkIsEmployeeAndMonth()
    {
        var june = new PayslipSummary { EmployeeId = "C1", Period = new YearMonth(2026, 6), NetPay = 7_663.59m, YearToDate = TaxYearToDate.Empty };
        var accounts = new Dictionary<string, BankAccount> { ["C1"] = new("C1", "6222020200112233", "张三") };
        using var output = new MemoryStream();

        var ex = await Assert.ThrowsAsync<PayrollInputException>(() => BankPaymentCsv.WriteAsync(Async(june with { EmployeeId = "C2" }), accounts, new MemoryStream()));
        var totals = await BankPaymentCsv.WriteAsync(Async(june), accounts, output);

        Assert.Equal(("C2", "bankAccount", "no bank account given; add the employee's account before writing the payment file."), (ex.EmployeeId, ex.Field, ex.Problem));
        Assert.Equal((1, 7_663.59m, 0), (totals.Transfers, totals.Amount, totals.SkippedZero));
        Assert.EndsWith("\r\n6222020200112233,张三,7663.59,C1 2026-06\r\n", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(",x", "\",x\"")]
    [InlineData("x,", "\"x,\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    public void CsvField_QuotedWhereverAQuoteOrSeparatorStands(string? value, string expected) =>
        Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void CsvOptionalAmount_ZeroEmptyOtherwiseToTheFen() =>
        Assert.Equal(("", "0.01", "-3.50"), (CsvText.OptionalAmount(0m), CsvText.OptionalAmount(0.01m), CsvText.OptionalAmount(-3.5m)));

    [Fact]
    public void WageDeclarationRow_MedicalAddsEveryMedicalTypeLine_AndLastYearsStateIsNotSubtracted()
    {
        var january = Engine.Calculate(new EmployeeMonthInput { EmployeeId = "C1", Period = new YearMonth(2026, 1), City = "beijing", BaseSalary = 10_000m });
        var explanation = new StatutoryExplanation("city item", "", [], 0m);
        var withCityItems = january with
        {
            Lines = january.Lines
                .Add(new PayslipLine("SERIOUS_ILLNESS_EE", "Serious illness", PayslipLineKind.EmployeeContribution, 10m, explanation))
                .Add(new PayslipLine("MATERNITY_EE", "Maternity", PayslipLineKind.EmployeeContribution, 30m, explanation)),
        };
        var lastYear = new TaxYearToDate { ThroughMonth = new YearMonth(2025, 12), Income = 120_000m, TaxFreeIncome = 3_000m, OtherDeductions = 1_000m };

        var row = WageDeclarationRow.From(withCityItems, lastYear, Zhang);

        // Medical 2 % + 3 = 203, plus 10 and 30 (a sum, not the largest); January's figures are the month's own.
        Assert.Equal((243m, 10_000m, 0m, 0m), (row.Medical, row.Income, row.TaxFreeIncome, row.OtherDeductions));
        Assert.Equal("payslip", Assert.Throws<ArgumentNullException>(() => WageDeclarationRow.From(null!, lastYear, Zhang)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => WageDeclarationRow.From(january, null!, Zhang)).ParamName);
        Assert.Equal("identity", Assert.Throws<ArgumentNullException>(() => WageDeclarationRow.From(january, lastYear, null!)).ParamName);
    }
}
