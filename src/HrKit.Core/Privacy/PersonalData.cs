namespace HrKit.Privacy;

/// <summary>
/// Masks personal data (national id, bank account, phone number) before it reaches a log or the console: values of 8
/// characters or more keep their first 3 and last 4 characters (<c>110101199003071234</c> shows as
/// <c>110***********1234</c>), shorter ones keep only their last character. Whitespace and hyphens count as
/// characters. The masked form has the same length, so columns still line up. Rules: docs/security.md#masking.
/// </summary>
public static class PersonalData
{
    /// <summary>The character that replaces hidden characters.</summary>
    public const char MaskCharacter = '*';

    /// <summary>The masked form of <paramref name="value"/>; null and empty come back unchanged.</summary>
    public static string? Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var (head, tail) = value.Length >= 8 ? (3, 4) : (0, value.Length > 1 ? 1 : 0);
        return string.Create(value.Length, (value, head, tail), static (span, s) =>
        {
            span.Fill(MaskCharacter);
            s.value.AsSpan(0, s.head).CopyTo(span);
            s.value.AsSpan(s.value.Length - s.tail).CopyTo(span[(s.value.Length - s.tail)..]);
        });
    }

    /// <summary><paramref name="value"/> as it may be shown: itself when <paramref name="reveal"/>, else <see cref="Mask"/>.</summary>
    public static string? Show(string? value, bool reveal) => reveal ? value : Mask(value);
}
