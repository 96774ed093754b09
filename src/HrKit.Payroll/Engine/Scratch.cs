using System.Collections.Immutable;
using HrKit.Payroll.Model;

namespace HrKit.Payroll.Engine;

/// <summary>
/// Per-thread evaluation buffers. A payslip is computed start to finish on one thread and nothing keeps a reference
/// to the buffers afterwards, so reusing them removes two allocations per employee from bulk runs.
/// </summary>
internal static class Scratch
{
    [ThreadStatic]
    private static decimal[]? _numbers;

    [ThreadStatic]
    private static string?[]? _texts;

    [ThreadStatic]
    private static decimal[]? _amounts;

    [ThreadStatic]
    private static ImmutableArray<PayslipLine>.Builder? _lines;

    /// <summary>An empty line builder for this thread; the payslip takes an exact-size copy of it.</summary>
    public static ImmutableArray<PayslipLine>.Builder Lines()
    {
        var lines = _lines ??= ImmutableArray.CreateBuilder<PayslipLine>(32);
        lines.Clear();
        return lines;
    }

    public static (decimal[] Numbers, string?[] Texts, decimal[] Amounts) Rent(int numberSlots, int textSlots, int components)
    {
        var amounts = _amounts;
        if (amounts is null || amounts.Length < components)
        {
            _amounts = amounts = new decimal[components];
        }

        var numbers = _numbers;
        if (numbers is null || numbers.Length < numberSlots)
        {
            _numbers = numbers = new decimal[numberSlots];
        }

        var texts = _texts;
        if (texts is null || texts.Length < textSlots)
        {
            _texts = texts = new string?[textSlots];
        }

        return (numbers, texts, amounts);
    }
}
