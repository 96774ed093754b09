using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HrKit.Payroll;

/// <summary>
/// Decimal addition, subtraction, multiplication and rounding half away from zero, bit for bit the results of the
/// operators and of <see cref="Math.Round(decimal, int, MidpointRounding)"/> (value, scale and the sign of a zero),
/// with an inlined path for operands whose integer fits in 64 bits. Payroll amounts always do (they are bounded by
/// <see cref="PayrollLimits"/>, far below 2^64 fen), and the runtime's general 96-bit routines, reached through a call
/// that cannot be inlined, were the largest single item (~13 %) of a bulk run's profile. Anything the short path does not
/// cover exactly (a 96-bit operand, a carry out of 64 bits, a rescale that would overflow, a zero product) is handed to
/// the runtime's own operator, so an overflow still throws <see cref="OverflowException"/> as before.
/// </summary>
internal static class FastDecimal
{
    private const int SignMask = unchecked((int)0x8000_0000);
    private const int ScaleMask = 0x00FF_0000;
    private const int ScaleShift = 16;

    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    // The short path reads a decimal's fields in place (flags, high 32 bits, low 64 bits: System.Decimal's layout on
    // .NET Core 3.0 and later). Checked once against decimal.GetBits: on a runtime laid out otherwise every call takes
    // the operators, so the results stay right, only slower. Static readonly: the JIT folds it into a constant.
    private static readonly bool LayoutIsKnown = CheckLayout();

    /// <summary><paramref name="a"/> + <paramref name="b"/>, exactly as the operator computes it.</summary>
    /// <exception cref="OverflowException">The sum is outside decimal's range (thrown by the operator).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Add(decimal a, decimal b) =>
        LayoutIsKnown && TryAddSubtract(a, b, 0, out var sum) ? sum : a + b;

    /// <summary><paramref name="a"/> − <paramref name="b"/>, exactly as the operator computes it.</summary>
    /// <exception cref="OverflowException">The difference is outside decimal's range (thrown by the operator).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Subtract(decimal a, decimal b) =>
        LayoutIsKnown && TryAddSubtract(a, b, SignMask, out var difference) ? difference : a - b;

    /// <summary><paramref name="a"/> × <paramref name="b"/>, exactly as the operator computes it.</summary>
    /// <exception cref="OverflowException">The product is outside decimal's range (thrown by the operator).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Multiply(decimal a, decimal b)
    {
        if (LayoutIsKnown)
        {
            ref readonly var x = ref Unsafe.As<decimal, Bits>(ref a);
            ref readonly var y = ref Unsafe.As<decimal, Bits>(ref b);
            var scale = ((x.Flags & ScaleMask) >> ScaleShift) + ((y.Flags & ScaleMask) >> ScaleShift);
            // The runtime keeps the scale of an exact product up to 28; a zero product's sign and scale depend on its
            // operands' sizes, so zero goes to the operator.
            if ((x.High | y.High) == 0 && scale <= 28 && Math.BigMul(x.Low, y.Low, out var product) == 0)
            {
                if (product != 0)
                {
                    return Make(((x.Flags ^ y.Flags) & SignMask) | (scale << ScaleShift), product);
                }

                // A zero product (a formula's hours or days of zero, ~8 a payslip): the runtime keeps the sign and the
                // scale when both operands fit in 32 bits, and gives a plain 0 (positive, scale 0) otherwise.
                return ((x.Low | y.Low) >> 32) == 0 ? Make(((x.Flags ^ y.Flags) & SignMask) | (scale << ScaleShift), 0) : default;
            }

            // Zero times a 96-bit operand (0 hours × an unrounded hourly wage): a plain 0, as the runtime gives it.
            if (((x.Low | x.High) == 0 || (y.Low | y.High) == 0) && ((x.High | y.High) != 0))
            {
                return default;
            }
        }

        return a * b;
    }

    /// <summary>
    /// Compares two decimals exactly as <see cref="decimal.Compare"/> does (the sign of the result; equal values of
    /// other scales are equal), without a call when both integers fit in 64 bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Compare(decimal a, decimal b)
    {
        if (LayoutIsKnown)
        {
            ref readonly var x = ref Unsafe.As<decimal, Bits>(ref a);
            ref readonly var y = ref Unsafe.As<decimal, Bits>(ref b);
            if ((x.High | y.High) == 0)
            {
                if (y.Low == 0)
                {
                    return x.Low == 0 ? 0 : (x.Flags >> 31) | 1;
                }

                if (x.Low == 0)
                {
                    return -((y.Flags >> 31) | 1);
                }

                var sign = (x.Flags >> 31) - (y.Flags >> 31);
                if (sign != 0)
                {
                    return sign;
                }

                var magnitude = CompareMagnitudes(x.Low, (x.Flags & ScaleMask) >> ScaleShift, y.Low, (y.Flags & ScaleMask) >> ScaleShift);
                return x.Flags < 0 ? -magnitude : magnitude;
            }
        }

        return decimal.Compare(a, b);
    }

    /// <summary>Whether <paramref name="value"/> &gt; 0, as the operator answers it (a negative zero is not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPositive(decimal value) => Compare(value, 0m) > 0;

    /// <summary>The larger of two decimals, exactly as <see cref="Math.Max(decimal, decimal)"/> picks it (the first when equal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Max(decimal a, decimal b) => Compare(a, b) >= 0 ? a : b;

    /// <summary>
    /// <paramref name="value"/> clamped to [<paramref name="min"/>, <paramref name="max"/>], exactly as
    /// <see cref="Math.Clamp(decimal, decimal, decimal)"/> returns it.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/> (thrown by Math.Clamp).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Clamp(decimal value, decimal min, decimal max)
    {
        if (Compare(min, max) > 0)
        {
            return Math.Clamp(value, min, max);
        }

        return Compare(value, min) < 0 ? min : Compare(value, max) > 0 ? max : value;
    }

    /// <summary>Whether <paramref name="value"/> is a whole multiple of <paramref name="unit"/> (<c>value % unit == 0</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsMultipleOf(decimal value, uint unit)
    {
        if (LayoutIsKnown && unit != 0)
        {
            ref readonly var x = ref Unsafe.As<decimal, Bits>(ref value);
            var scale = (x.Flags & ScaleMask) >> ScaleShift;
            // value = integer / 10^scale is a multiple of unit exactly when the integer is a multiple of unit × 10^scale.
            if (x.High == 0 && scale < PowersOfTen.Length && Math.BigMul(unit, PowersOfTen[scale], out var step) == 0)
            {
                return x.Low % step == 0;
            }
        }

        return value % unit == 0;
    }

    // The order of two non-zero magnitudes given as 64-bit integers and scales: the one of the lower scale is rescaled
    // up; if that overflows 64 bits it is the larger (the other is below 2^64).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CompareMagnitudes(ulong x, int scaleX, ulong y, int scaleY)
    {
        if (scaleX < scaleY)
        {
            var up = scaleY - scaleX;
            if (up >= PowersOfTen.Length || Math.BigMul(x, PowersOfTen[up], out x) != 0)
            {
                return 1;
            }
        }
        else if (scaleY < scaleX)
        {
            var up = scaleX - scaleY;
            if (up >= PowersOfTen.Length || Math.BigMul(y, PowersOfTen[up], out y) != 0)
            {
                return -1;
            }
        }

        return x.CompareTo(y);
    }

    /// <summary>
    /// <paramref name="amount"/> rounded to <paramref name="decimals"/> places, half away from zero, exactly as
    /// <see cref="Math.Round(decimal, int, MidpointRounding)"/> with <see cref="MidpointRounding.AwayFromZero"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal RoundAwayFromZero(decimal amount, int decimals)
    {
        if (LayoutIsKnown)
        {
            ref readonly var x = ref Unsafe.As<decimal, Bits>(ref amount);
            var drop = ((x.Flags & ScaleMask) >> ScaleShift) - decimals;
            if (drop <= 0)
            {
                return amount;
            }

            if (x.High == 0 && drop < PowersOfTen.Length)
            {
                var divisor = PowersOfTen[drop];
                var quotient = DivideByPowerOfTen(x.Low, drop);
                var remainder = x.Low - (quotient * divisor);
                // Half or more of the divisor rounds the magnitude up (remainder ≥ divisor − remainder, without overflow).
                quotient += remainder >= divisor - remainder ? 1UL : 0UL;
                return Make((x.Flags & SignMask) | (decimals << ScaleShift), quotient);
            }
        }

        return Math.Round(amount, decimals, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Whether the decimal's integer (its value times 10^scale, ignoring the sign) is at most <paramref name="maxUnits"/>:
    /// then |value| ≤ <paramref name="maxUnits"/> whatever the scale, so a bound check can stop there. False says
    /// nothing; the caller makes the exact comparison.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IntegerIsAtMost(decimal value, ulong maxUnits)
    {
        if (LayoutIsKnown)
        {
            ref readonly var x = ref Unsafe.As<decimal, Bits>(ref value);
            return x.High == 0 && x.Low <= maxUnits;
        }

        return false;
    }

    // The runtime's DecAddSub: the operand of the lower scale (the first when equal) is rescaled up to the other's scale
    // and the other is added to or subtracted from it; a result that borrows takes the other's sign, so an exact zero
    // keeps the sign of that lower-scale operand; and when that operand is zero the result is the other one as it is.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryAddSubtract(decimal a, decimal b, int negateB, out decimal result)
    {
        ref readonly var x = ref Unsafe.As<decimal, Bits>(ref a);
        ref readonly var y = ref Unsafe.As<decimal, Bits>(ref b);
        if ((x.High | y.High) == 0)
        {
            int flagsX = x.Flags, flagsY = y.Flags ^ negateB;
            ulong low, other;
            int lowFlags, otherFlags;
            if ((flagsX & ScaleMask) <= (flagsY & ScaleMask))
            {
                (low, lowFlags, other, otherFlags) = (x.Low, flagsX, y.Low, flagsY);
            }
            else
            {
                (low, lowFlags, other, otherFlags) = (y.Low, flagsY, x.Low, flagsX);
            }

            var rescale = ((otherFlags & ScaleMask) - (lowFlags & ScaleMask)) >> ScaleShift;
            if (rescale != 0)
            {
                if (low == 0)
                {
                    result = Make(otherFlags, other);
                    return true;
                }

                if (rescale >= PowersOfTen.Length || Math.BigMul(low, PowersOfTen[rescale], out low) != 0)
                {
                    result = default;
                    return false;
                }
            }

            var sign = lowFlags & SignMask;
            ulong magnitude;
            if (((lowFlags ^ otherFlags) & SignMask) == 0)
            {
                magnitude = low + other;
                if (magnitude < low)
                {
                    result = default;
                    return false;
                }
            }
            else if (low >= other)
            {
                magnitude = low - other;
            }
            else
            {
                magnitude = other - low;
                sign = otherFlags & SignMask;
            }

            result = Make(sign | (otherFlags & ScaleMask), magnitude);
            return true;
        }

        result = default;
        return false;
    }

    // value / 10^power, by constants for the usual powers: the JIT turns a division by a constant into a multiply and a
    // shift, where a 64-bit division instruction by a variable costs tens of cycles (contributions round base × rate,
    // scale 4 to 6, to the fen twelve times a payslip).
    private static ulong DivideByPowerOfTen(ulong value, int power) => power switch
    {
        1 => value / 10,
        2 => value / 100,
        3 => value / 1_000,
        4 => value / 10_000,
        5 => value / 100_000,
        6 => value / 1_000_000,
        _ => value / PowersOfTen[power],
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static decimal Make(int flags, ulong low)
    {
        var bits = new Bits { Flags = flags, High = 0, Low = low };
        return Unsafe.As<Bits, decimal>(ref bits);
    }

    private static bool CheckLayout()
    {
        var sample = new decimal(0x0102_0304, 0x0506_0708, 0, isNegative: true, scale: 7);
        var bits = Unsafe.As<decimal, Bits>(ref sample);
        var expected = decimal.GetBits(sample);
        return Unsafe.SizeOf<Bits>() == sizeof(decimal)
            && bits.Flags == expected[3] && bits.High == (uint)expected[2] && bits.Low == ((ulong)(uint)expected[1] << 32 | (uint)expected[0]);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Bits
    {
        public int Flags;
        public uint High;
        public ulong Low;
    }
}
