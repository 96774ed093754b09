using HrKit.Payroll.Jurisdictions.HongKong;
using NodaTime;

namespace HrKit.Payroll.Tests.Jurisdictions.HongKong;

/// <summary>
/// The dated MPF figures: both ends of the range are days in force. The built-in levels ($7,100 minimum, $30,000
/// maximum) apply to contribution periods from 1 June 2014 (MPFA), with no end date yet.
/// </summary>
public sealed class MpfParametersTests
{
    private static readonly MpfParameters Mpf = HongKongParameters.BuiltIn.Mpf[0];

    [Theory]
    [InlineData(2014, 5, 31, false)]
    [InlineData(2014, 6, 1, true)]
    [InlineData(2099, 12, 31, true)]
    public void Covers_BuiltInOpenEnded_From1June2014(int year, int month, int day, bool covered)
    {
        Assert.Null(Mpf.EffectiveTo);
        Assert.Equal(covered, Mpf.Covers(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(2025, 3, 31, true)]
    [InlineData(2025, 4, 1, false)]
    public void Covers_EndDate_IsTheLastDayInForce(int year, int month, int day, bool covered) =>
        Assert.Equal(covered, (Mpf with { EffectiveTo = new LocalDate(2025, 3, 31) }).Covers(new LocalDate(year, month, day)));
}
