using HrKit.Localization;

namespace HrKit.Points;

/// <summary>
/// Data HrKit.Points refuses before it changes anything (error code <c>PointsInputInvalid</c>): an event line that is
/// not a valid event, or an id, amount, time or date outside <see cref="PointsBounds"/>.
/// <see cref="HrKitException.Target"/> names the line, the record (event id or idempotency key) and the field.
/// </summary>
public sealed class PointsInputException : PointsException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="PointsInputException"/>.</summary>
    public const string Code = "PointsInputInvalid";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    /// <param name="target">The line, record and field at fault.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PointsInputException(string message, HrKitErrorTarget? target, Exception? innerException = null)
        : base(message, Code, target, innerException)
    {
    }

    internal PointsInputException(LocalMessage text, HrKitErrorTarget? target, Exception? innerException = null)
        : base(text, Code, target, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public PointsInputException()
        : this("The points input is outside HrKit.Points' bounds.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    public PointsInputException(string message)
        : base(message, Code)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, where, and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public PointsInputException(string message, Exception? innerException)
        : base(message, Code, target: null, innerException)
    {
    }
}
