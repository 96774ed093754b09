using HrKit.Payroll.Jurisdictions.UnitedKingdom;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.UnitedKingdom;

/// <summary>
/// <see cref="UkParameters"/> at its edges: the first and last day of the known tax years (6 April 2024 to 5 April
/// 2026, HMRC), the 1 MiB bound exactly, a stream that fails, a JSON <c>null</c> and the argument guards.
/// </summary>
public sealed class UkParametersLoadTests
{
    private const string BuiltInResource = "HrKit.Payroll.Jurisdictions.UnitedKingdom.Data.uk-parameters.json";

    [Theory]
    [InlineData(2024, 4, 6, "2024-25")]
    [InlineData(2025, 4, 5, "2024-25")]
    [InlineData(2025, 4, 6, "2025-26")]
    [InlineData(2026, 4, 5, "2025-26")]
    public void ForDate_FirstAndLastDayOfEachTaxYear_ThatYear(int year, int month, int day, string taxYear) =>
        Assert.Equal(taxYear, UkParameters.BuiltIn.ForDate(new LocalDate(year, month, day)).TaxYear);

    [Theory]
    [InlineData(2024, 4, 5)]
    [InlineData(2026, 4, 6)]
    public void ForDate_DayOutsideTheKnownYears_ErrorListsThem(int year, int month, int day)
    {
        var ex = Assert.Throws<PayrollInputException>(() => UkParameters.BuiltIn.ForDate(new LocalDate(year, month, day)));

        Assert.Equal("payDate", ex.Field);
        Assert.Contains("2024-25, 2025-26", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltIn_TaxYears_OldestFirst() =>
        Assert.Equal(["2024-25", "2025-26"], UkParameters.BuiltIn.TaxYears.Select(y => y.TaxYear));

    // The built-in file padded with spaces to exactly MaxFileBytes is read; one byte more is refused (UkParametersTests).
    [Fact]
    public void Load_FileOfExactlyOneMebibyte_IsRead()
    {
        using var builtIn = typeof(UkParameters).Assembly.GetManifestResourceStream(BuiltInResource)!;
        using var copy = new MemoryStream();
        builtIn.CopyTo(copy);
        var json = new byte[UkParameters.MaxFileBytes];
        Array.Fill(json, (byte)' ');
        copy.ToArray().CopyTo(json, 0);

        var parameters = UkParameters.Load(new MemoryStream(json), "padded.json");

        Assert.Equal(2, parameters.TaxYears.Length);
        Assert.Equal(1_048m, parameters.ForDate(new LocalDate(2025, 6, 6)).NationalInsurance.Monthly.Pt);
    }

    [Fact]
    public void Load_StreamFails_ErrorNamesFileAndCause()
    {
        var ex = Assert.Throws<PayrollDataException>(() => UkParameters.Load(new FailingStream(), "uk.json"));

        Assert.Contains("uk.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("disk gone", ex.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(ex.InnerException);
    }

    // A file that is just "null" has no tax years: refused with the path of what is missing, not a NullReferenceException.
    [Fact]
    public void Load_JsonNull_RefusedNamingTaxYears()
    {
        var ex = Assert.Throws<PayrollDataException>(() => UkParameters.Load(new MemoryStream("null"u8.ToArray()), "uk.json"));

        Assert.Contains("taxYears", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NullStream_ThrowsArgumentNull() =>
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => UkParameters.Load(null!, "uk.json")).ParamName);

    [Fact]
    public void Load_NullFileName_ThrowsArgumentNull() =>
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => UkParameters.Load(new MemoryStream("{}"u8.ToArray()), null!)).ParamName);

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk gone");
    }
}
