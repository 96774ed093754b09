using HrKit.Points.Policies;
using NodaTime;
using NodaTime.Text;

namespace HrKit.Points.Engine;

/// <summary>
/// The ledger's cap bucket for a rule: <c>Rule@uuuu-MM-dd</c> for a daily cap, <c>Rule@uuuu-MM</c> for a monthly one
/// (ISO, local to the policy time zone). Stored keys must never change shape, so years outside 1–9999 — which the fast
/// path does not write — go through NodaTime's ISO patterns, the definition of the format.
/// </summary>
internal static class CapKeys
{
    public static string For(string rule, CapPeriod period, LocalDate date)
    {
        var day = period == CapPeriod.Day;
        if (date.Year is < 1 or > 9999)
        {
            return rule + "@" + (day ? LocalDatePattern.Iso.Format(date) : YearMonthPattern.Iso.Format(date.ToYearMonth()));
        }

        // Called once per capped posting: one string, no pattern engine or builder in between.
        return string.Create(rule.Length + (day ? 11 : 8), (rule, date, day), static (span, state) =>
        {
            var (rule, date, day) = state;
            rule.AsSpan().CopyTo(span);
            var rest = span[rule.Length..];
            rest[0] = '@';
            Digits(rest.Slice(1, 4), date.Year);
            rest[5] = '-';
            Digits(rest.Slice(6, 2), date.Month);
            if (day)
            {
                rest[8] = '-';
                Digits(rest.Slice(9, 2), date.Day);
            }
        });
    }

    private static void Digits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--, value /= 10)
        {
            target[i] = (char)('0' + (value % 10));
        }
    }
}
