using System.Text;
using HrKit.Payroll;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Serialization;

namespace HrKit.Payroll.Tests.Serialization;

public sealed class PayrollJsonTests
{
    private static MemoryStream Utf8(string s) => new(Encoding.UTF8.GetBytes(s));

    [Fact]
    public void ReadInputs_Document_ParsesGoodRecordsAndReportsBadOnesByPath()
    {
        const string json = """
            { "employees": [
              { "employeeId": "A1", "period": "2026-01", "city": "beijing", "baseSalary": 12000,
                "overtime": { "workday": 4.5 }, "specialAdditionalDeductions": { "childEducation": 2000 },
                "annualBonusTaxMethod": "merged", "hireDate": "2025-03-01" },
              { "employeeId": "A2", "period": "2026-01", "city": "beijing", "baseSalary": "lots" },
              { "employeeId": "A3", "period": "2026-13", "city": "beijing" },
              { "employeeId": "A4", "period": "2026-01", "city": "beijing", "baseSalery": 1 }
            ] }
            """;

        var records = PayrollJson.ReadInputs(Utf8(json)).ToList();

        Assert.Equal(4, records.Count);
        var first = records[0].Input!;
        Assert.Equal(4.5m, first.Overtime.Workday);
        Assert.Equal(2_000m, first.SpecialAdditionalDeductions.ChildEducation);
        Assert.Equal(HrKit.Payroll.Model.AnnualBonusTaxMethod.Merged, first.AnnualBonusTaxMethod);
        Assert.Equal(new NodaTime.LocalDate(2025, 3, 1), first.HireDate);
        Assert.Equal(("A2", "baseSalary"), (records[1].Error!.EmployeeId, records[1].Error!.Field));
        Assert.Equal("period", records[2].Error!.Field);
        Assert.Contains("2026-13", records[2].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("baseSalery", records[3].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_JsonLines_ReportsLineNumbers()
    {
        const string jsonl = "{\"employeeId\":\"B1\",\"period\":\"2026-01\",\"city\":\"shanghai\",\"baseSalary\":9000}\n\n{\"employeeId\":\"B2\",\"period\":\"2026-01\"\n";

        var records = PayrollJson.ReadInputs(Utf8(jsonl), jsonLines: true).ToList();

        Assert.Equal(2, records.Count);
        Assert.NotNull(records[0].Input);
        Assert.Equal(3, records[1].Line);
        Assert.StartsWith("line 3:", records[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInputs_MalformedDocument_ThrowsWithLine()
    {
        var ex = Assert.Throws<PayrollDataException>(() => PayrollJson.ReadInputs(Utf8("{\n \"employees\": [ {,] }")).ToList());

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Payslip_RoundTripsThroughDocumentedNames()
    {
        var engine = new PayrollEngineBuilder().Build();
        var slip = engine.Calculate(PayrollJson.DeserializeInput("""{"employeeId":"C1","period":"2026-01","city":"beijing","baseSalary":10000}"""));

        var json = PayrollJson.Serialize(slip);

        Assert.Contains("\"netPay\":", json, StringComparison.Ordinal);
        Assert.Contains("\"period\":\"2026-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"employeeContribution\"", json, StringComparison.Ordinal);
        Assert.Contains("\"throughMonth\":\"2026-01\"", json, StringComparison.Ordinal);
    }
}
