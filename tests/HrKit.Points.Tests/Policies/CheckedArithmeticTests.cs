using HrKit.Points.Engine;
using HrKit.Points.Model;
using HrKit.Points.Policies;
using HrKit.Points.Tests.Support;
using NodaTime;

namespace HrKit.Points.Tests.Policies;

/// <summary>
/// Integer arithmetic in rule expressions throws <see cref="OverflowException"/> instead of wrapping (int.MaxValue is
/// 2,147,483,647): a wrapped sum or negation would be a wrong award that nothing else notices.
/// </summary>
public sealed class CheckedArithmeticTests
{
    private static long Evaluate(string expression, PointsEvent e)
    {
        var compiled = ExpressionCompiler.TryCompile<long>(expression, PointsPolicyLimits.Default, out var error);
        Assert.Null(error);
        return compiled!(EventFacts.From(e, DateTimeZone.Utc));
    }

    private static PointsEvent Minutes(int minutes) => TestData.Event("m", "E1", "course") with { Minutes = minutes };

    [Theory]
    [InlineData("e.Minutes + 2147483647", 0, 2_147_483_647)]
    [InlineData("e.Minutes - 2147483647", -1, -2_147_483_648)]
    [InlineData("-e.Minutes", -2147483647, 2_147_483_647)]
    [InlineData("e.Minutes * 2", 1073741823, 2_147_483_646)]
    public void Rewrite_ResultJustInsideInt_IsExact(string expression, int minutes, long expected)
    {
        Assert.Equal(expected, Evaluate(expression, Minutes(minutes)));
    }

    [Theory]
    [InlineData("e.Minutes + 2147483647", 1)] // would wrap to -2,147,483,648
    [InlineData("e.Minutes - 2147483647", -2)] // would wrap to 2,147,483,647
    [InlineData("-e.Minutes", int.MinValue)] // -int.MinValue does not exist; unchecked it stays int.MinValue
    [InlineData("e.Minutes * 2", 1073741824)] // would wrap to int.MinValue
    public void Rewrite_ResultOneBeyondInt_ThrowsOverflowInsteadOfWrapping(string expression, int minutes)
    {
        Assert.Throws<OverflowException>(() => Evaluate(expression, Minutes(minutes)));
    }

    [Fact]
    public void Rewrite_DecimalArithmetic_IsLeftAsItIs()
    {
        // Decimal operators are methods (op_Addition), already checked; the rewrite keeps them.
        var compiled = ExpressionCompiler.TryCompile<decimal>("e.Score + 0.5", PointsPolicyLimits.Default, out var error);

        Assert.Null(error);
        Assert.Equal(3.25m, compiled!(EventFacts.From(TestData.Event("s", "E1", "x") with { Score = 2.75m }, DateTimeZone.Utc)));
    }
}
