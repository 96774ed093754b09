using HrKit.Payroll.Jurisdictions.Singapore;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.Singapore;

/// <summary>
/// The dated CPF figures: both ends of the range are days in force (the 2025 figures run 1 January to 31 December
/// 2025 inclusive, CPF Board: the $8,000 OW ceiling applies from wages of January 2026), and a missing table row is a
/// data error naming the row.
/// </summary>
public sealed class CpfParametersTests
{
    private static readonly CpfParameters Cpf2025 = SingaporeParameters.BuiltIn.Cpf[0];

    [Theory]
    [InlineData(2024, 12, 31, false)]
    [InlineData(2025, 1, 1, true)]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, false)]
    public void Covers_DaysAroundThe2025Range_BothEndsInclusive(int year, int month, int day, bool covered)
    {
        Assert.Equal(new LocalDate(2025, 1, 1), Cpf2025.EffectiveFrom);
        Assert.Equal(new LocalDate(2025, 12, 31), Cpf2025.EffectiveTo);
        Assert.Equal(covered, Cpf2025.Covers(new LocalDate(year, month, day)));
    }

    // Open-ended figures (no EffectiveTo) cover every later day.
    [Fact]
    public void Covers_OpenEnded_CoversLaterDays()
    {
        var open = Cpf2025 with { EffectiveTo = null };

        Assert.True(open.Covers(new LocalDate(2099, 12, 31)));
        Assert.False(open.Covers(new LocalDate(2024, 12, 31)));
    }

    // CPF Board, Table 1 (2025): 55 and below 17 % + 20 %; above 70 7.5 % + 5 %. Each lookup returns its own row.
    [Fact]
    public void RateFor_TableAndAgeGroup_ReturnsThatRow()
    {
        var young = Cpf2025.RateFor(CpfRateTable.Full, CpfAgeBand.UpTo55);
        var old = Cpf2025.RateFor(CpfRateTable.Full, CpfAgeBand.Above70);

        Assert.Equal((0.17m, 0.20m), (young.EmployerRate, young.EmployeeRate));
        Assert.Equal((0.075m, 0.05m), (old.EmployerRate, old.EmployeeRate));
    }

    [Fact]
    public void RateFor_RowMissing_DataErrorNamesTableAndAgeGroup()
    {
        var partial = Cpf2025 with { Rates = [.. Cpf2025.Rates.Where(r => r.AgeBand != CpfAgeBand.Above70)] };

        var error = Assert.Throws<PayrollDataException>(() => partial.RateFor(CpfRateTable.Full, CpfAgeBand.Above70));

        Assert.Contains("2025-01-01", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CpfRateTable.Full), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(CpfAgeBand.Above70), error.Message, StringComparison.Ordinal);
    }
}
