using HrKit.Localization;

namespace HrKit.Points.Employees;

/// <summary>
/// The host's <see cref="IEmployeeDirectory"/> failed while a batch was being evaluated (error code
/// <c>PointsDirectoryFailed</c>); nothing of the batch was recorded, so the batch can be retried as it is.
/// </summary>
public sealed class EmployeeDirectoryException : PointsException
{
    /// <summary>The <see cref="HrKitException.ErrorCode"/> of every <see cref="EmployeeDirectoryException"/>.</summary>
    public const string Code = "PointsDirectoryFailed";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which directory failed, for how many employees, and what to do.</param>
    /// <param name="innerException">What the directory threw.</param>
    public EmployeeDirectoryException(string message, Exception? innerException)
        : base(message, Code, target: null, innerException)
    {
    }

    internal EmployeeDirectoryException(LocalMessage text, Exception? innerException)
        : base(text, Code, target: null, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public EmployeeDirectoryException()
        : this("The employee directory failed; nothing was recorded.", null)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which directory failed and what to do.</param>
    public EmployeeDirectoryException(string message)
        : this(message, null)
    {
    }
}
