using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HrKit.Payroll.Engine;

namespace HrKit.Payroll.Tests.Engine;

/// <summary>
/// The formula result bound (|value| ≤ 10^12, PayrollLimits.MaxFormulaValue) answers on the integer or the scale when
/// it can: the answer must be the plain comparison's for decimals of every size, scale and sign.
/// </summary>
public sealed class FormulaBoundPropertyTests
{
    private static Gen<decimal> Any =>
        from low in Gen.Elements(0UL, 1UL, 999_999_999_999UL, 1_000_000_000_000UL, 1_000_000_000_001UL, ulong.MaxValue)
            .Or(ArbMap.Default.GeneratorFor<ulong>())
        from high in Gen.Elements(0U, 0U, 0U, 1U, 42_949U, uint.MaxValue)
        from negative in ArbMap.Default.GeneratorFor<bool>()
        from scale in Gen.Frequency((1, Gen.Choose(0, 28)), (1, Gen.Choose(15, 18)))
        select new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, (byte)scale);

    [Property(MaxTest = 20_000)]
    public Property IsOutsideFormulaBound_AnyDecimal_SameAsThePlainComparison() => Prop.ForAll(Any.ToArbitrary(), value =>
        PayrollEngine.IsOutsideFormulaBound(value) == Math.Abs(value) > PayrollLimits.MaxFormulaValue);

    [Theory]
    [InlineData("792281625142.64337593543950335", false)]  // the largest 96-bit integer at scale 17: below the bound
    [InlineData("7922816251426.4337593543950335", true)]   // the same at scale 16: above it, found by the comparison
    [InlineData("-7922816251426.4337593543950335", true)]
    [InlineData("0.5747701149425287356321839080", false)]  // an unrounded hourly wage
    [InlineData("1000000000000.0000", false)]              // the bound itself, integer beyond it
    [InlineData("1000000000000.0001", true)]
    [InlineData("-1000000000000.0000", false)]             // minus the bound itself: within it (the bound is inclusive)
    [InlineData("-1000000000000.0001", true)]
    public void IsOutsideFormulaBound_KnownValues_MatchHandComputed(string value, bool expected) =>
        Assert.Equal(expected, PayrollEngine.IsOutsideFormulaBound(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
}
