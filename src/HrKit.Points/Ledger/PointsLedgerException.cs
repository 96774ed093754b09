using HrKit.Localization;

namespace HrKit.Points.Ledger;

/// <summary>
/// A ledger operation was refused and changed nothing. <see cref="Error"/> says why; the
/// <see cref="HrKitException.ErrorCode"/> is <c>PointsLedger</c> followed by its name, e.g.
/// <c>PointsLedgerInsufficientPoints</c> (table in <c>docs/errors.md</c>).
/// </summary>
public sealed class PointsLedgerException : PointsException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why the operation was refused.</param>
    /// <param name="message">What was refused, for whom, and what to do.</param>
    public PointsLedgerException(PointsLedgerError error, string message)
        : base(message, CodeOf(error))
    {
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="error">Why the operation was refused.</param>
    /// <param name="message">What was refused, for whom, and what to do.</param>
    /// <param name="target">The record (employee, item or posting) at fault.</param>
    public PointsLedgerException(PointsLedgerError error, string message, HrKitErrorTarget? target)
        : base(message, CodeOf(error), target)
    {
        Error = error;
    }

    internal PointsLedgerException(PointsLedgerError error, LocalMessage text, HrKitErrorTarget? target = null)
        : base(text, CodeOf(error), target)
    {
        Error = error;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PointsLedgerException()
        : this("The points ledger refused the operation.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused, for whom, and what to do.</param>
    public PointsLedgerException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused, for whom, and what to do.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PointsLedgerException(string message, Exception? innerException)
        : base(message, "PointsLedgerRefused", target: null, innerException)
    {
    }

    /// <summary>Why the operation was refused.</summary>
    public PointsLedgerError Error { get; }

    /// <summary>The stable error code of a refusal: <c>PointsLedger</c> and the <see cref="PointsLedgerError"/> name.</summary>
    /// <param name="error">Why the operation was refused.</param>
    public static string CodeOf(PointsLedgerError error) => "PointsLedger" + error.ToString();
}
