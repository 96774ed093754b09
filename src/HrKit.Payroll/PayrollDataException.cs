namespace HrKit.Payroll;

/// <summary>Reference data (a contribution table, a pay policy file) that cannot be used; the message names the place and the fix.</summary>
public sealed class PayrollDataException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public PayrollDataException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public PayrollDataException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception.</summary>
    public PayrollDataException() { }
}
