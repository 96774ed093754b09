namespace HrKit.Cli.Errors;

/// <summary>A command line that cannot be understood (exit 2); the message says what to type instead.</summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliUsageException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public CliUsageException() { }

    /// <summary>Creates the exception.</summary>
    public CliUsageException(string message, Exception inner) : base(message, inner) { }
}
