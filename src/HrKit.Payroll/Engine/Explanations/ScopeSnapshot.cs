using HrKit.Payroll.Policies;

namespace HrKit.Payroll.Engine.Explanations;

/// <summary>
/// The formula values of one payslip that its explanations quote, copied once after the components ran (the live
/// buffers are reused by the next employee) and shared by all its formula lines. Only the slots some formula names
/// are kept (<see cref="PayPolicy.ExplainedNumberSlots"/>).
/// </summary>
internal sealed class ScopeSnapshot
{
    private readonly decimal[] _numbers;
    private readonly int[] _index;

    public ScopeSnapshot(PayPolicy policy, decimal[] numbers, string?[] texts)
    {
        var slots = policy.ExplainedNumberSlots;
        _numbers = new decimal[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            _numbers[i] = numbers[slots[i]];
        }

        _index = policy.ExplainedNumberIndex;
        Texts = texts;
    }

    public string?[] Texts { get; }

    /// <summary>The value of a number slot that some formula names.</summary>
    public decimal Number(int slot) => _numbers[_index[slot]];
}
