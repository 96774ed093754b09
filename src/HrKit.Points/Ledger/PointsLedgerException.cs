namespace HrKit.Points.Ledger;

/// <summary>A ledger operation was refused and changed nothing.</summary>
public sealed class PointsLedgerException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PointsLedgerException(PointsLedgerError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>Creates the exception.</summary>
    public PointsLedgerException() { }

    /// <summary>Creates the exception.</summary>
    public PointsLedgerException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public PointsLedgerException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Why the operation was refused.</summary>
    public PointsLedgerError Error { get; }
}
