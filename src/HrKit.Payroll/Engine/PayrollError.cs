namespace HrKit.Payroll.Engine;

/// <summary>Why one employee of a bulk run has no payslip.</summary>
/// <param name="EmployeeId">The employee (or <c>?</c> when the record had no id).</param>
/// <param name="Field">The field at fault, as a JSON path relative to the record.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PayrollError(string EmployeeId, string Field, string Message)
{
    /// <summary>
    /// The message as a resource text when a built-in reader raised it (shown in the reader's language by
    /// <see cref="Localization.PayrollLocalizer.ErrorMessage(PayrollError)"/>); null otherwise.
    /// </summary>
    public Localization.PayrollMessage? Text { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{EmployeeId}: {Field}: {Message}";
}
