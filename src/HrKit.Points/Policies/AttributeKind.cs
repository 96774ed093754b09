namespace HrKit.Points.Policies;

/// <summary>The type of a custom event attribute declared in a policy's <c>Attributes</c>.</summary>
internal enum AttributeKind
{
    /// <summary>Text; expressions see a <see cref="string"/>, "" when the event leaves it out.</summary>
    String,

    /// <summary>A JSON number; expressions see a <see cref="decimal"/>, 0 when absent.</summary>
    Number,

    /// <summary>true or false; expressions see a <see cref="bool"/>, false when absent.</summary>
    Bool,

    /// <summary>An ISO date string; expressions see a <see cref="DateTime"/> at midnight, 0001-01-01 when absent.</summary>
    Date,
}
