using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>A GB record read from JSON: its <c>jurisdictionInput</c> is read by the pack, errors named by JSON path.</summary>
public sealed class UnitedKingdomJsonInputTests
{
    private static readonly PayrollEngine Engine = new PayrollEngineBuilder().Build();

    // Same figures as UnitedKingdomPackTests: month 1, £3 000, 1257L, category A: PAYE £390.20, NICs £156.16, net £2 453.64.
    [Fact]
    public void Calculate_JsonRecord_ReadsTaxCodeCategoryAndFrequency()
    {
        var input = PayrollJson.DeserializeInput("""
            {"employeeId":"G1","jurisdiction":"gb","period":"2025-04","baseSalary":3000,
             "jurisdictionInput":{"taxCode":"1257L","niCategory":"A","payFrequency":"monthly"}}
            """);

        var slip = Engine.Calculate(input);

        Assert.Equal(390.20m, slip.WageTax);
        Assert.Equal(2_453.64m, slip.NetPay);
    }

    // A weekly record: tax week 1, £500 (see UnitedKingdomPackTests): PAYE £51.60.
    [Fact]
    public void Calculate_JsonWeeklyRecord_UsesTaxWeek()
    {
        var input = PayrollJson.DeserializeInput("""
            {"employeeId":"G2","jurisdiction":"GB","period":"2025-04","baseSalary":500,
             "jurisdictionInput":{"taxCode":"1257L","payFrequency":"Weekly","taxWeek":1}}
            """);

        Assert.Equal(51.60m, Engine.Calculate(input).WageTax);
    }

    [Theory]
    [InlineData("""{"taxCode":"1257L","niCategry":"A"}""", "jurisdictionInput")]
    [InlineData("""{"taxCode":1257}""", "jurisdictionInput.taxCode")]
    [InlineData("""{"taxCode":"1257L","taxWeek":"one"}""", "jurisdictionInput.taxWeek")]
    [InlineData("""{"taxCode":"1257L","payFrequency":"fortnightly"}""", "jurisdictionInput.payFrequency")]
    [InlineData("""{"taxCode":"K0"}""", "jurisdictionInput.taxCode")]
    public void TryCalculate_BadJurisdictionInput_ErrorNamesJsonPath(string jurisdictionInput, string field)
    {
        var input = PayrollJson.DeserializeInput(
            $$"""{"employeeId":"G3","jurisdiction":"GB","period":"2025-04","baseSalary":3000,"jurisdictionInput":{{jurisdictionInput}}}""");

        var error = Engine.TryCalculate(input).Error!;

        Assert.Equal("G3", error.EmployeeId);
        Assert.StartsWith(field, error.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UkInput_RoundTripsThroughJson()
    {
        var input = PayrollJson.DeserializeInput("""
            {"employeeId":"G4","jurisdiction":"GB","period":"2025-04","baseSalary":500,
             "jurisdictionInput":{"taxCode":"S1257L","week1Month1":true,"niCategory":"M","payFrequency":"weekly","taxWeek":3}}
            """);
        var typed = input with { JurisdictionInput = UnitedKingdomPack.BuiltIn.ReadInput(System.Text.Json.JsonDocument.Parse(
            """{"taxCode":"S1257L","week1Month1":true,"niCategory":"M","payFrequency":"weekly","taxWeek":3}""").RootElement, "G4") };

        var again = PayrollJson.DeserializeInput(PayrollJson.Serialize(typed));

        Assert.Equal(Engine.Calculate(input).NetPay, Engine.Calculate(again).NetPay);
        Assert.Contains("\"taxWeek\":3", PayrollJson.Serialize(typed), StringComparison.Ordinal);
    }

    // Written back exactly as a host would have sent it (the audit trail and the pay-run store keep this text): every
    // field, the category and the frequency included, although NetPay alone would not show them (a category M
    // employee's NICs are an A employee's; only the employer's differ).
    [Theory]
    [InlineData("""{"taxCode":"S1257L","week1Month1":true,"niCategory":"M","payFrequency":"weekly","taxWeek":3}""")]
    [InlineData("""{"taxCode":"1257L","niCategory":"A","payFrequency":"monthly"}""")]
    public void Serialize_UkInput_WritesEveryFieldBackAsRead(string jurisdictionInput)
    {
        var input = PayrollJson.DeserializeInput($$"""{"employeeId":"G4","jurisdiction":"GB","period":"2025-04","baseSalary":500,"jurisdictionInput":{{jurisdictionInput}}}""");
        var typed = input with { JurisdictionInput = UnitedKingdomPack.BuiltIn.ReadInput(System.Text.Json.JsonDocument.Parse(jurisdictionInput).RootElement, "G4") };

        Assert.Contains("\"jurisdictionInput\":" + jurisdictionInput, PayrollJson.Serialize(typed), StringComparison.Ordinal);
    }
}
