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

    /// <summary>Equal when employee, field and message are (<see cref="Text"/> is how the message is shown, not what it says).</summary>
    /// <param name="other">The error to compare with.</param>
    public bool Equals(PayrollError? other) =>
        other is not null && EmployeeId == other.EmployeeId && Field == other.Field && Message == other.Message;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EmployeeId, Field, Message);

    /// <summary>The error of a built-in check: <see cref="Message"/> is the English rendering of <paramref name="text"/>.</summary>
    internal static PayrollError Of(string employeeId, string field, Localization.LocalText text) =>
        new(employeeId, field, text.ToString()) { Text = text.ToMessage() };

    /// <summary>The error of a refused record: its problem, as a resource text when a built-in check raised it.</summary>
    internal static PayrollError Of(PayrollInputException exception) =>
        new(exception.EmployeeId, exception.Field, exception.Problem) { Text = exception.ProblemText?.ToMessage() };
}
