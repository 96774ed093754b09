using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Model;
using HrKit.Payroll.Serialization;
using NodaTime;

namespace HrKit.Payroll.Excel.Tests.Input;

/// <summary>Whatever employee-month the .xlsx format can carry comes back from a written workbook field for field.</summary>
public sealed class InputRoundTripPropertyTests
{
    // XML-special characters, CJK and digits: text that looks like a number must stay text.
    private const string TextCharacters = "张伟李娜研发部销售ABCxyz0123456789-_.&<>\"'#@";

    private static readonly Gen<string> Text =
        Gen.Elements(TextCharacters.ToCharArray()).ArrayOf().Where(a => a.Length is > 0 and <= 20).Select(a => new string(a));

    private static readonly Gen<decimal> Amount = Gen.Choose(0, int.MaxValue).Select(c => c / 100m);

    private static readonly Gen<decimal> Share = Gen.Choose(0, 10_000).Select(c => c / 10_000m);

    private static readonly Gen<LocalDate> Date = Gen.Choose(0, 20_000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    private static readonly Gen<EmployeeMonthInput> Inputs =
        from id in Text
        from name in Text.OrNull()
        from department in Text.OrNull()
        from month in Gen.Choose(0, 600)
        from amounts in Amount.ArrayOf(24)
        from counts in Gen.Choose(0, 10_000).ArrayOf(2)
        from allowances in Gen.Zip(Text, Amount).ArrayOf().Where(a => a.Length <= 4)
        from grade in Gen.Elements("S", "A", "B", "C").OrNull()
        from factors in Share.ArrayOf(3)
        from hire in Gen.OneOf(Date.Select(d => (LocalDate?)d), Gen.Constant((LocalDate?)null))
        from merged in Gen.Elements(true, false)
        from withYearToDate in Gen.Elements(true, false)
        select new EmployeeMonthInput
        {
            EmployeeId = id,
            Name = name,
            Department = department,
            Period = new YearMonth(2000, 1).PlusMonths(month),
            City = "beijing",
            BaseSalary = amounts[0],
            Allowances = allowances.DistinctBy(a => a.Item1).ToDictionary(a => a.Item1, a => a.Item2),
            Attendance = new AttendanceInput(factors[0] * 31, factors[1] * 31, factors[2] * 10, counts[0], counts[1]),
            Overtime = new OvertimeHours(amounts[1] % 744, amounts[2] % 744, amounts[3] % 744),
            Performance = new PerformanceInput(grade, amounts[4], factors[2]),
            OtherEarnings = amounts[5],
            TaxFreeIncome = amounts[6],
            PostTaxDeductions = amounts[7],
            OtherTaxDeductions = amounts[8],
            AnnualBonus = amounts[9],
            AnnualBonusTaxMethod = merged ? AnnualBonusTaxMethod.Merged : AnnualBonusTaxMethod.Separate,
            SocialInsuranceBase = merged ? amounts[10] : null,
            HousingFundBase = merged ? null : amounts[11],
            HousingFundRate = merged ? factors[0] : null,
            SpecialAdditionalDeductions = new SpecialAdditionalDeductions
            {
                ChildEducation = amounts[12], InfantCare = amounts[13], ContinuingEducation = amounts[14],
                HousingLoanInterest = amounts[15], HousingRent = amounts[16], ElderlySupport = amounts[17],
            },
            YearToDate = withYearToDate
                ? new TaxYearToDate
                {
                    ThroughMonth = new YearMonth(2000, 1).PlusMonths(month), Income = amounts[18], TaxFreeIncome = amounts[19],
                    BasicDeduction = amounts[20], SpecialDeductions = amounts[21], SpecialAdditionalDeductions = amounts[22],
                    OtherDeductions = amounts[23], TaxWithheld = amounts[0], TaxableIncome = amounts[1],
                }
                : null,
            HireDate = hire,
            TerminationDate = hire?.PlusDays(counts[0]),
            ProrationFactor = withYearToDate ? factors[1] : null,
            PriorYearIncomeAtMost60000 = merged,
            CustomInputs = allowances.DistinctBy(a => a.Item1).ToDictionary(a => a.Item1 + "x", a => -a.Item2),
        };

    [Property(MaxTest = 60)]
    public Property WriteInputsThenReadInputs_AnyEmployeeMonths_GiveThemBack() =>
        Prop.ForAll(Inputs.ArrayOf().Where(a => a.Length <= 5).ToArbitrary(), inputs =>
        {
            using var stream = new MemoryStream();
            PayrollExcel.WriteInputs(stream, inputs);
            stream.Position = 0;

            var back = PayrollExcel.ReadInputs(stream, "round-trip.xlsx").ToList();

            Assert.Equal(inputs.Length, back.Count);
            for (var i = 0; i < inputs.Length; i++)
            {
                Assert.Null(back[i].Error);
                Assert.Equal(Normalized(inputs[i]), Normalized(back[i].Input!));
            }
        });

    // 600.10 and 600.1 are the same amount; Excel keeps numbers, not their written scale.
    private static string Normalized(EmployeeMonthInput input) => Normalize(JsonNode.Parse(PayrollJson.Serialize(input)))!.ToJsonString();

    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Normalize)]),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(v.GetValue<decimal>() / 1.000000000000000000000000000m),
        _ => node?.DeepClone(),
    };
}
