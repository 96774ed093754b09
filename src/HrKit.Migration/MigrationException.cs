using System.Globalization;
using HrKit.Localization;

namespace HrKit.Migration;

/// <summary>
/// A migration was refused: a bad mapping file, rows that cannot be read, a conflict with what the target stores hold,
/// or an unknown batch. <see cref="HrKitException.Target"/> names the file, row (as <c>Line</c>) and column (as
/// <c>Field</c>) when one is at fault. Nothing was written when this is thrown. Codes: docs/errors.md.
/// </summary>
public sealed class MigrationException : HrKitException
{
    /// <summary>The mapping file is missing, not JSON, or names unknown fields or missing columns.</summary>
    public const string MappingInvalidCode = "MigrationMappingInvalid";

    /// <summary>Rows were rejected (the report lists file, row and column); apply writes nothing until they are fixed.</summary>
    public const string DataInvalidCode = "MigrationDataInvalid";

    /// <summary>The change would touch something the migration must not: a closed payroll month, a store changed since the batch.</summary>
    public const string ConflictCode = "MigrationConflict";

    /// <summary>The batch id named for rollback is not in the journal.</summary>
    public const string BatchUnknownCode = "MigrationBatchUnknown";

    /// <summary>Creates the exception with a generic message.</summary>
    public MigrationException()
        : this(DataInvalidCode, "The migration was refused.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public MigrationException(string message)
        : this(DataInvalidCode, message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public MigrationException(string message, Exception? innerException)
        : base(message, DataInvalidCode, null, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">One of the codes above.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="target">The file, row and column at fault.</param>
    /// <param name="innerException">The failure that caused this one.</param>
    public MigrationException(string errorCode, string message, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(message, errorCode, target, innerException)
    {
    }

    // A built-in message: Message is its English rendering, GetMessage(culture) renders it in the user's language.
    internal MigrationException(string errorCode, LocalMessage text, HrKitErrorTarget? target = null, Exception? innerException = null)
        : base(text.ToString(), errorCode, target, innerException)
    {
        Text = text;
    }

    /// <summary>The message as a resource key with its arguments; null for a message passed as text.</summary>
    internal LocalMessage? Text { get; }

    /// <summary>The built-in message in <paramref name="culture"/>'s language; null for a message passed as text.</summary>
    /// <param name="culture">The language to render in.</param>
    protected override string? LocalizeMessage(CultureInfo culture) => Text?.Render(culture);
}
