using FsCheck;
using FsCheck.Fluent;

namespace HrKit.Integration.Tests.Fakes;

/// <summary>Generators of hostile text: random strings and valid documents mutated the ways real corruption happens.</summary>
internal static class HostileText
{
    // Characters that matter to the formats under test, plus ones that break naive decoders.
    private static readonly char[] Nasty = ['<', '>', '&', '"', '\'', '{', '}', '[', ']', ':', ',', '\\', '\0', '\r', '\t', '\uFFFD', '\uD800', '打', '=', '+', '/', ' '];

    private static Gen<char> NastyChar => Gen.OneOf(Gen.Elements(Nasty), ArbMap.Default.GeneratorFor<char>());

    /// <summary>One mutation of <paramref name="valid"/>: cut, insert, delete, replace, repeat or nest.</summary>
    public static Gen<string> Mutate(string valid) =>
        from kind in Gen.Choose(0, 6)
        from at in Gen.Choose(0, valid.Length)
        from c in NastyChar
        from times in Gen.Choose(2, 200)
        select kind switch
        {
            0 => valid[..at],
            1 => valid.Insert(at, c.ToString()),
            2 => at < valid.Length ? valid.Remove(at, 1) : valid + c,
            3 => at < valid.Length ? valid[..at] + c + valid[(at + 1)..] : c + valid,
            4 => valid[..at] + string.Concat(Enumerable.Repeat(valid[at..Math.Min(valid.Length, at + 8)], times)) + valid[at..],
            5 => new string('[', times) + valid + new string(']', times),
            _ => valid.Insert(at, new string(c, times)),
        };

    /// <summary>Random text, a mutated valid document, or the valid document itself.</summary>
    public static Gen<string> AnyOf(string valid) =>
        Gen.Frequency(
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
            (5, Mutate(valid)),
            (2, Mutate(valid).SelectMany(Mutate)),
            (1, Gen.Constant(valid)));
}
