using System.Text;
using HrKit.Payroll.Engine;
using HrKit.Payroll.Jurisdictions.Singapore;
using HrKit.Payroll.Model;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>
/// The SG pack over a parameter file that does not cover the pay month: an input error naming the period, never an
/// unhandled exception. The files are the built-in one with a range cut.
/// </summary>
public sealed class SingaporePackFiguresTests
{
    private static readonly SingaporeInput Citizen30 = new() { DateOfBirth = new LocalDate(1995, 3, 1), Residency = CpfResidency.Citizen };

    private static string BuiltInText()
    {
        using var resource = typeof(SingaporeParameters).Assembly.GetManifestResourceStream("HrKit.Payroll.Jurisdictions.Singapore.Data.singapore.json")!;
        return new StreamReader(resource).ReadToEnd();
    }

    private static PayrollError ErrorFor(string parameterText, YearMonth period)
    {
        var figures = SingaporeParameters.Load(new MemoryStream(Encoding.UTF8.GetBytes(parameterText)), "sg.json");
        var engine = new PayrollEngineBuilder().WithJurisdiction(new SingaporePack(figures)).Build();
        return engine.TryCalculate(new EmployeeMonthInput
        {
            EmployeeId = "SG7",
            Jurisdiction = "SG",
            Period = period,
            BaseSalary = 5_000m,
            JurisdictionInput = Citizen30,
        }).Error!;
    }

    // CPF figures from 2025 only: wages of December 2024 have none.
    [Fact]
    public void Calculate_MonthBeforeTheCpfFigures_ErrorNamesPeriod()
    {
        var error = ErrorFor(BuiltInText(), new YearMonth(2024, 12));

        Assert.Equal("SG7", error.EmployeeId);
        Assert.Equal("period", error.Field);
        Assert.Contains("2024-12", error.Message, StringComparison.Ordinal);
        Assert.Contains("CPF", error.Message, StringComparison.Ordinal);
    }

    // SDL figures moved to start in 2026: wages of December 2025 have CPF figures but no SDL ones.
    [Fact]
    public void Calculate_MonthBeforeTheSdlFigures_ErrorNamesPeriod()
    {
        var text = BuiltInText().Replace("\"effectiveFrom\": \"2008-10-01\"", "\"effectiveFrom\": \"2026-01-01\"", StringComparison.Ordinal);

        var error = ErrorFor(text, new YearMonth(2025, 12));

        Assert.Equal("period", error.Field);
        Assert.Contains("2025-12", error.Message, StringComparison.Ordinal);
        Assert.Contains("SDL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullFigures_ThrowsArgumentNull() =>
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => new SingaporePack(null!)).ParamName);
}
