using System.Globalization;
using HrKit.Payroll.Localization;

namespace HrKit.Payroll.Jurisdictions.UnitedKingdom;

/// <summary>
/// A PAYE tax code as HMRC issues it: an optional country prefix (<c>S</c> Scotland, <c>C</c> Wales), then a number
/// with a suffix letter (<c>1257L</c>, <c>0T</c>), <c>K</c> and a number (<c>K475</c>), <c>BR</c>, <c>D0</c>–<c>D3</c>
/// or <c>NT</c>; optionally followed by <c>W1</c>, <c>M1</c> or <c>X</c> for the non-cumulative (week 1/month 1) basis.
/// Parse with <see cref="Parse"/> or <see cref="TryParse"/>; letters are case-insensitive and spaces are ignored.
/// </summary>
/// <param name="Text">The code as given, trimmed.</param>
/// <param name="Region">Whose bands apply (from the prefix).</param>
/// <param name="Kind">How the code turns pay into tax.</param>
/// <param name="Number">The code number of an <see cref="TaxCodeKind.Allowance"/> or <see cref="TaxCodeKind.K"/> code; 0 otherwise.</param>
/// <param name="FlatRateBand">
/// For <see cref="TaxCodeKind.FlatRate"/>: 0 for <c>BR</c> (the basic rate), 1 for <c>D0</c>, 2 for <c>D1</c>… counted
/// in bands above the region's basic rate band.
/// </param>
/// <param name="NonCumulative">Operate on the week 1/month 1 basis: each period on its own, no refunds.</param>
public readonly record struct TaxCode(string Text, TaxRegion Region, TaxCodeKind Kind, int Number, int FlatRateBand, bool NonCumulative)
{
    /// <summary>Largest code number accepted (allowance or K amount of £999,999).</summary>
    public const int MaxNumber = 99_999;

    /// <summary>Highest D code per region: <c>D1</c> (additional rate) outside Scotland, <c>D3</c> (top rate) in Scotland.</summary>
    private static int MaxDCode(TaxRegion region) => region == TaxRegion.Scotland ? 3 : 1;

    /// <summary>Parses a tax code.</summary>
    /// <exception cref="PayrollInputException">The text is not a tax code; <see cref="PayrollInputException.Field"/> is <c>taxCode</c> and the message says what is wrong.</exception>
    public static TaxCode Parse(string text) =>
        Read(text, out var code, out var problem) ? code : throw new PayrollInputException("?", "taxCode", problem!);

    /// <summary>Parses a tax code; on failure <paramref name="problem"/> says what is wrong and how to fix it.</summary>
    public static bool TryParse(string? text, out TaxCode code, out string problem)
    {
        var parsed = Read(text, out code, out var local);
        problem = local?.ToString() ?? "";
        return parsed;
    }

    /// <summary>Parses a tax code; on failure <paramref name="problem"/> is the problem as a resource text (shown in the reader's language).</summary>
    internal static bool Read(string? text, out TaxCode code, out LocalText? problem)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new LocalText("Error.GB.TaxCode.Required");
            return false;
        }

        var trimmed = text.Trim();
        Span<char> buffer = stackalloc char[Math.Min(trimmed.Length, 32)];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (c is ' ' or '/' or '\t')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                problem = new LocalText("Error.GB.TaxCode.TooLong", trimmed);
                return false;
            }

            buffer[length++] = char.ToUpperInvariant(c);
        }

        ReadOnlySpan<char> body = buffer[..length];
        var nonCumulative = false;
        if (body.Length > 2 && (body.EndsWith("W1") || body.EndsWith("M1")))
        {
            nonCumulative = true;
            body = body[..^2];
        }
        else if (body.Length > 1 && body[^1] == 'X')
        {
            nonCumulative = true;
            body = body[..^1];
        }

        var region = TaxRegion.RestOfUk;
        if (body.Length > 0 && body[0] is 'S' or 'C')
        {
            region = body[0] == 'S' ? TaxRegion.Scotland : TaxRegion.Wales;
            body = body[1..];
        }

        if (TryParseBody(body, region, out var kind, out var number, out var band, out problem))
        {
            code = new TaxCode(trimmed, region, kind, number, band, nonCumulative);
            return true;
        }

        problem = new LocalText("Error.GB.TaxCode.NotACode", trimmed, problem);
        return false;
    }

    private static bool TryParseBody(ReadOnlySpan<char> body, TaxRegion region, out TaxCodeKind kind, out int number, out int band, out LocalText? problem)
    {
        kind = TaxCodeKind.Allowance;
        number = 0;
        band = 0;
        problem = null;
        if (body.SequenceEqual("NT"))
        {
            kind = TaxCodeKind.NoTax;
            return true;
        }

        if (body.SequenceEqual("BR"))
        {
            kind = TaxCodeKind.FlatRate;
            return true;
        }

        if (body.Length == 2 && body[0] == 'D' && char.IsAsciiDigit(body[1]))
        {
            var d = body[1] - '0';
            if (d > MaxDCode(region))
            {
                problem = new LocalText("Error.GB.TaxCode.NoSuchD", d, new LocalText("Error.GB.TaxCode.Region." + region.ToString()), MaxDCode(region));
                return false;
            }

            kind = TaxCodeKind.FlatRate;
            band = d + 1;
            return true;
        }

        if (body.Length > 1 && body[0] == 'K')
        {
            kind = TaxCodeKind.K;
            return TryParseNumber(body[1..], out number, out problem) && RequirePositive(number, out problem);
        }

        if (body.Length > 1 && body[^1] is 'L' or 'M' or 'N' or 'T')
        {
            return TryParseNumber(body[..^1], out number, out problem);
        }

        problem = new LocalText("Error.GB.TaxCode.Shape");
        return false;
    }

    private static bool TryParseNumber(ReadOnlySpan<char> digits, out int number, out LocalText? problem)
    {
        number = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                problem = new LocalText("Error.GB.TaxCode.NotDigits", digits.ToString());
                return false;
            }
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number > MaxNumber)
        {
            problem = new LocalText("Error.GB.TaxCode.NumberTooLarge", digits.ToString(), MaxNumber);
            return false;
        }

        problem = null;
        return true;
    }

    private static bool RequirePositive(int number, out LocalText? problem)
    {
        problem = number == 0 ? new LocalText("Error.GB.TaxCode.KZero") : null;
        return number > 0;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
