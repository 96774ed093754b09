using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace HrKit.Payroll.Tests.Serialization;

/// <summary>
/// Hostile variants of valid JSON for property tests: byte-level edits (deletions, truncation, duplication, invalid
/// UTF-8, structural characters, extreme and malformed numbers, deep nesting) chosen by FsCheck-generated seeds.
/// </summary>
internal static class JsonMutation
{
    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-", "1e400", "-0", "0.0000000000000000000000000001",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335", "1E28",
        "\"\\ud800\"", "\\u0000", "\"2026-13\"", "\"9999-99-99\"", "//", "/*", "*/", "\n", "\r\n", "\"baseSalary\":1e28,",
        "\"employeeId\":null,", "\"allowances\":{\"x\":-1},", "\"yearToDate\":{},", "NaN", "Infinity", "\"\"", "{}", "[]",
        "base_salary * 1e12", "((((", "))))", "? :", "lookup('t', 'k')", "/ 0", "'", "\"formula\": \"1/0\",",
    ];

    private static readonly byte[][] Bytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00]];

    /// <summary>1 to 4 random edits of <paramref name="valid"/>.</summary>
    public static Gen<byte[]> Of(string valid) =>
        from edits in Gen.Choose(1, 4)
        from seed in Gen.Choose(0, int.MaxValue)
        select Apply(Encoding.UTF8.GetBytes(valid), edits, seed);

    public static byte[] Apply(byte[] source, int edits, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(source);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(8))
            {
                case 0: // delete a span
                    bytes.RemoveRange(Math.Min(at, bytes.Count), Math.Min(random.Next(1, 20), bytes.Count - Math.Min(at, bytes.Count)));
                    break;
                case 1: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2: // duplicate a span
                    var length = Math.Min(random.Next(1, 60), bytes.Count - Math.Min(at, bytes.Count));
                    bytes.InsertRange(at, bytes.GetRange(Math.Min(at, bytes.Count), length));
                    break;
                case 3: // invalid or odd UTF-8
                    bytes.InsertRange(at, Bytes[random.Next(Bytes.Length)]);
                    break;
                case 4: // deep nesting
                    var depth = random.Next(1, 400);
                    var open = random.Next(2) == 0 ? "[" : "{\"a\":";
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))));
                    break;
                case 5: // replace a digit run with an extreme number
                    var digit = bytes.FindIndex(Math.Min(at, bytes.Count), b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes.InsertRange(digit, Encoding.UTF8.GetBytes(Fragments[random.Next(11, 17)]));
                    }

                    break;
                default: // a structural or hostile fragment
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
            }
        }

        return [.. bytes];
    }
}
