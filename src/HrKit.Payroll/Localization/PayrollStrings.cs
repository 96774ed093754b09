namespace HrKit.Payroll.Localization;

/// <summary>
/// The resource type of HrKit.Payroll's texts (payslip line names and explanations, report and payslip headings), in
/// English (neutral) and Simplified Chinese (<c>zh-CN</c>): ask for <c>IStringLocalizer&lt;PayrollStrings&gt;</c>, or
/// use <see cref="PayrollLocalizer"/>, which reads them once per culture.
/// </summary>
public sealed class PayrollStrings
{
    private PayrollStrings()
    {
    }
}
