namespace HrKit.Cli.Errors;

/// <summary>
/// An input, output path or data problem the user can fix (exit 1); the message already names the option, file, line,
/// record or field, so it is printed as it is.
/// </summary>
public sealed class CliDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliDataException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public CliDataException() { }

    /// <summary>Creates the exception.</summary>
    public CliDataException(string message, Exception inner) : base(message, inner) { }
}
