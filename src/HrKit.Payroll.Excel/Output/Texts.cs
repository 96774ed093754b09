using System.Globalization;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Excel.Output;

/// <summary>The payroll texts the workbooks write side by side: Chinese first, English second, as their headings.</summary>
internal static class Texts
{
    public static PayrollLocalizer Chinese { get; } = ReadChinese();

    public static PayrollLocalizer English => PayrollLocalizer.English;

    // A host in invariant-globalization mode with predefined cultures only cannot name zh-CN: it gets English alone.
    private static PayrollLocalizer ReadChinese()
    {
        try
        {
            return PayrollLocalizer.For(CultureInfo.GetCultureInfo(PayrollLocalizer.ChineseCultureName));
        }
        catch (CultureNotFoundException)
        {
            return PayrollLocalizer.English;
        }
    }
}
