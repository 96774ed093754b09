using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace HrKit.Payroll.Tests;

/// <summary>
/// FastDecimal must give the operators' and Math.Round's results bit for bit (value, scale and the sign of a zero),
/// for decimals of every size, scale and sign, whether its short path or the operator computed them.
/// </summary>
public sealed class FastDecimalPropertyTests
{
    // Integers from zero to 96 bits (the short path takes those under 2^64), every scale, either sign, with zeros,
    // negative zeros, equal magnitudes at other scales and the 64-bit edges over-represented.
    private static Gen<decimal> Any =>
        Gen.Frequency(
            (4, from low in Gen.Elements(0UL, 1UL, 5UL, 50UL, 99_999UL, 123_456_789UL, (ulong)uint.MaxValue, (ulong)uint.MaxValue + 1, ulong.MaxValue / 10, ulong.MaxValue - 1, ulong.MaxValue)
                    .Or(ArbMap.Default.GeneratorFor<ulong>()).Or(Gen.Choose(0, 10_000_000).Select(v => (ulong)v))
                from high in Gen.Elements(0U, 0U, 0U, 0U, 0U, 1U, uint.MaxValue)
                from negative in ArbMap.Default.GeneratorFor<bool>()
                from scale in Gen.Frequency((3, Gen.Choose(0, 4)), (1, Gen.Choose(0, 28)))
                select new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, (byte)scale)),
            (1, Gen.Elements(0m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 2), 0.000m, 1.5m, -1.50m, 1.500m, 5_000m,
                decimal.MaxValue, decimal.MinValue, 0.5m, -0.005m, 0.0049999m)));

    private static Arbitrary<(decimal, decimal)> Pairs =>
        Gen.Frequency(
            (3, from a in Any from b in Any select (a, b)),
            // The same value at another scale, either sign: exact zeros whose sign the runtime picks by scale.
            (1, from a in Any
                from extra in Gen.Choose(0, 3)
                from negate in ArbMap.Default.GeneratorFor<bool>()
                select (a, Rescaled(negate ? -a : a, extra))))
        .ToArbitrary();

    [Property(MaxTest = 20_000)]
    public Property Add_AnyTwoDecimals_SameBitsAsOperator() => Prop.ForAll(Pairs, pair =>
        Same(() => pair.Item1 + pair.Item2, () => FastDecimal.Add(pair.Item1, pair.Item2)));

    [Property(MaxTest = 20_000)]
    public Property Subtract_AnyTwoDecimals_SameBitsAsOperator() => Prop.ForAll(Pairs, pair =>
        Same(() => pair.Item1 - pair.Item2, () => FastDecimal.Subtract(pair.Item1, pair.Item2)));

    [Property(MaxTest = 20_000)]
    public Property Multiply_AnyTwoDecimals_SameBitsAsOperator() => Prop.ForAll(Pairs, pair =>
        Same(() => pair.Item1 * pair.Item2, () => FastDecimal.Multiply(pair.Item1, pair.Item2)));

    [Property(MaxTest = 20_000)]
    public Property RoundAwayFromZero_AnyDecimalAndPlaces_SameBitsAsMathRound() => Prop.ForAll(
        (from value in Any from decimals in Gen.Choose(0, 28) select (value, decimals)).ToArbitrary(),
        c => Same(() => Math.Round(c.value, c.decimals, MidpointRounding.AwayFromZero), () => FastDecimal.RoundAwayFromZero(c.value, c.decimals)));

    [Property(MaxTest = 20_000)]
    public Property Compare_AnyTwoDecimals_SameSignAsDecimalCompare() => Prop.ForAll(Pairs, pair =>
        Math.Sign(FastDecimal.Compare(pair.Item1, pair.Item2)) == Math.Sign(decimal.Compare(pair.Item1, pair.Item2)));

    [Property(MaxTest = 20_000)]
    public Property Max_AnyTwoDecimals_SameBitsAsMathMax() => Prop.ForAll(Pairs, pair =>
        Same(() => Math.Max(pair.Item1, pair.Item2), () => FastDecimal.Max(pair.Item1, pair.Item2)));

    [Property(MaxTest = 10_000)]
    public Property IsPositive_AnyDecimal_SameAsGreaterThanZero() => Prop.ForAll(Any.ToArbitrary(), value =>
        FastDecimal.IsPositive(value) == value > 0);

    [Property(MaxTest = 20_000)]
    public Property Clamp_AnyValueAndBounds_SameBitsOrSameExceptionAsMathClamp() => Prop.ForAll(
        (from value in Any from bounds in Pairs.Generator select (value, bounds.Item1, bounds.Item2)).ToArbitrary(),
        c =>
        {
            decimal want;
            try
            {
                want = Math.Clamp(c.value, c.Item2, c.Item3);
            }
            catch (ArgumentException)
            {
                return Assert.ThrowsAny<ArgumentException>(() => FastDecimal.Clamp(c.value, c.Item2, c.Item3)) is not null;
            }

            return decimal.GetBits(want).AsSpan().SequenceEqual(decimal.GetBits(FastDecimal.Clamp(c.value, c.Item2, c.Item3)));
        });

    [Property(MaxTest = 20_000)]
    public Property IsMultipleOf_AnyDecimalAndUnit_SameAsRemainderZero() => Prop.ForAll(
        (from value in Gen.Frequency((3, Any), (2, from k in Gen.Choose(-50, 50) from unit in Gen.Elements(1, 7, 1_000) from extra in Gen.Choose(0, 9)
                                                  select Rescaled((decimal)k * unit, extra)))
         from unit in Gen.Elements(1U, 3U, 10U, 1_000U, uint.MaxValue)
         select (value, unit)).ToArbitrary(),
        c => FastDecimal.IsMultipleOf(c.value, c.unit) == (c.value % c.unit == 0));

    [Theory]
    [InlineData("0", "12.5", false, 1)]          // both operands within 32 bits: the sum of the scales, the signs' product
    [InlineData("0.0", "-12.5", true, 2)]
    [InlineData("0.00", "-1.5", true, 3)]
    [InlineData("0", "4294967296", false, 0)]    // an operand beyond 32 bits: a plain 0
    [InlineData("0.000", "42949672.96", false, 0)]
    [InlineData("0.0", "0.5747701149425287356321839080", false, 0)] // 0 hours × an unrounded hourly wage (96 bits)
    [InlineData("-0.5747701149425287356321839080", "0.00", false, 0)]
    public void Multiply_ZeroProduct_TheRuntimesSignAndScale(string a, string b, bool negative, int scale) =>
        AssertZero(Parse(a) * Parse(b), FastDecimal.Multiply(Parse(a), Parse(b)), negative, scale);

    [Theory]
    [InlineData("12.5", "12.500", 0)]                          // equal values of other scales
    [InlineData("-0", "0.00", 0)]                              // zeros of any sign are equal
    [InlineData("18446744073709551615", "1844674407370955161.6", 1)]  // the rescale of the lower scale would pass 64 bits
    [InlineData("1844674407370955161.6", "18446744073709551615", -1)]
    [InlineData("-3", "-2.99", -1)]
    [InlineData("79228162514264337593543950335", "1", 1)]       // a 96-bit operand: the runtime compares
    public void Compare_KnownPairs_MatchHandOrder(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(FastDecimal.Compare(Parse(a), Parse(b))));
        Assert.Equal(expected, Math.Sign(decimal.Compare(Parse(a), Parse(b))));
    }

    [Theory]
    [InlineData("2000", 1_000U, true)]
    [InlineData("2000.000", 1_000U, true)]
    [InlineData("2500", 1_000U, false)]
    [InlineData("0.00", 1_000U, true)]
    [InlineData("1000.001", 1_000U, false)]
    public void IsMultipleOf_ChildEducationAmounts_MatchHandComputed(string value, uint unit, bool expected) =>
        Assert.Equal(expected, FastDecimal.IsMultipleOf(Parse(value), unit));

    [Property(MaxTest = 5_000)]
    public Property IntegerIsAtMost_AnyDecimalAndBound_TrueExactlyWhenTheIntegerFitsAndThenWithinTheBound() => Prop.ForAll(
        (from value in Any from bound in Gen.Elements(0UL, 744UL, 1_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, ulong.MaxValue) select (value, bound)).ToArbitrary(),
        c =>
        {
            var bits = decimal.GetBits(c.value);
            var integerFits = bits[2] == 0 && ((ulong)(uint)bits[1] << 32 | (uint)bits[0]) <= c.bound;
            var answer = FastDecimal.IntegerIsAtMost(c.value, c.bound);
            return answer == integerFits && (!answer || Math.Abs(c.value) <= c.bound);
        });

    [Theory]
    [InlineData("1000000000000", true)]      // the formula bound itself
    [InlineData("1000000000000.0", false)]   // the same value, but its integer is ten times the bound: the exact comparison decides
    [InlineData("999999999999.99", false)]
    [InlineData("0.0000000000001", true)]
    [InlineData("-1000000000000", true)]     // the magnitude: the sign is the caller's business
    [InlineData("1000000000001", false)]
    public void IntegerIsAtMost_FormulaBound_AnswersOnTheIntegerAlone(string value, bool expected) =>
        Assert.Equal(expected, FastDecimal.IntegerIsAtMost(Parse(value), (ulong)PayrollLimits.MaxFormulaValue));

    [Theory]
    [InlineData("0", "-0.00", true, 2)]       // a zero of the lower scale gives the other operand as it is: −0.00
    [InlineData("-12.8", "12.800", true, 3)]  // equal magnitudes: the lower-scale operand's sign, the higher scale
    [InlineData("12.800", "-12.8", true, 3)]
    [InlineData("1.5", "-1.5", false, 1)]     // equal scales: the first operand's sign
    [InlineData("-1.5", "1.5", true, 1)]
    public void Add_OppositeEqualMagnitudes_ZeroWithTheRuntimesSignAndScale(string a, string b, bool negative, int scale) =>
        AssertZero(Parse(a) + Parse(b), FastDecimal.Add(Parse(a), Parse(b)), negative, scale);

    // A zero of the stated sign and scale, bit for bit the operator's.
    private static void AssertZero(decimal byOperator, decimal actual, bool negative, int scale)
    {
        Assert.Equal(0m, actual);
        Assert.Equal(negative, decimal.IsNegative(actual));
        Assert.Equal(scale, actual.Scale);
        Assert.Equal(decimal.GetBits(byOperator), decimal.GetBits(actual));
    }

    [Theory]
    [InlineData("18446744073709551615", "1", "18446744073709551616")]            // a carry out of 64 bits
    [InlineData("0.01", "1844674407370955161.5", "1844674407370955161.51")]      // a rescale past 64 bits
    [InlineData("79228162514264337593543950335", "-1", "79228162514264337593543950334")] // a 96-bit operand
    public void Add_BeyondSixtyFourBits_ExactSum(string a, string b, string expected)
    {
        var sum = FastDecimal.Add(Parse(a), Parse(b));
        Assert.Equal(expected, sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Add_SumOutsideDecimalRange_ThrowsOverflowLikeTheOperator() =>
        Assert.Throws<OverflowException>(() => FastDecimal.Add(decimal.MaxValue, 1m));

    [Fact]
    public void Multiply_ProductOutsideDecimalRange_ThrowsOverflowLikeTheOperator() =>
        Assert.Throws<OverflowException>(() => FastDecimal.Multiply(decimal.MaxValue, 2m));

    [Theory]
    [InlineData("2.345", 2, "2.35")]   // half away from zero
    [InlineData("-2.345", 2, "-2.35")]
    [InlineData("2.3449", 2, "2.34")]
    [InlineData("-0.004", 2, "0.00")]  // a negative that rounds to zero: zero at two places
    [InlineData("1.2", 2, "1.2")]      // already within the places: returned as it is, scale kept
    [InlineData("0.5", 0, "1")]
    public void RoundAwayFromZero_KnownValues_MatchHandComputed(string value, int decimals, string expected)
    {
        var x = Parse(value);
        var rounded = FastDecimal.RoundAwayFromZero(x, decimals);
        Assert.Equal(Parse(expected), rounded);
        Assert.Equal(Parse(expected).Scale, rounded.Scale);
        Assert.Equal(decimal.GetBits(Math.Round(x, decimals, MidpointRounding.AwayFromZero)), decimal.GetBits(rounded));
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    // The same number written with more places (1.5 → 1.500): a product keeps the sum of its operands' scales.
    private static decimal Rescaled(decimal value, int extraPlaces)
    {
        try
        {
            return value * new decimal((int)Math.Pow(10, extraPlaces), 0, 0, false, (byte)extraPlaces);
        }
        catch (OverflowException)
        {
            return value;
        }
    }

    // Both computations give the same bits, or both throw OverflowException.
    private static bool Same(Func<decimal> expected, Func<decimal> actual)
    {
        decimal want;
        try
        {
            want = expected();
        }
        catch (OverflowException)
        {
            try
            {
                actual();
                return false;
            }
            catch (OverflowException)
            {
                return true;
            }
        }

        return decimal.GetBits(want).AsSpan().SequenceEqual(decimal.GetBits(actual()));
    }
}
