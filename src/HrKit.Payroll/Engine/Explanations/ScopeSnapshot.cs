namespace HrKit.Payroll.Engine.Explanations;

/// <summary>
/// The formula values of one payslip, copied once after the components ran (the live buffers are reused by the next
/// employee) and shared by all its formula lines.
/// </summary>
internal sealed class ScopeSnapshot(decimal[] numbers, string?[] texts)
{
    public decimal[] Numbers { get; } = numbers;

    public string?[] Texts { get; } = texts;
}
