using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HrKit.Tests.Shared;

/// <summary>
/// Issue 15's two checks for a package that localises its messages, linked into each package's tests: every key of
/// its English resx is in the zh-CN one (and back) with no placeholder the English lacks, and no
/// <c>throw new …Exception(…)</c> (or other message-making call) of the package passes an English sentence as a literal
/// instead of a resource key.
/// </summary>
internal static partial class ResourceConventions
{
    /// <summary>The repository's root (the folder of HrKit.sln).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HrKit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HrKit.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every key and value of a resx file (path relative to the repository root).</summary>
    public static Dictionary<string, string> Values(string resx) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), resx)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    /// <summary>
    /// What is wrong with the pair: a key missing in either language, a Chinese placeholder the English lacks, a
    /// Chinese text with no Chinese in it. Empty when the pair is complete.
    /// </summary>
    public static List<string> ParityProblems(string englishResx, string chineseResx)
    {
        var english = Values(englishResx);
        var chinese = Values(chineseResx);
        var problems = new List<string>();
        problems.AddRange(english.Keys.Except(chinese.Keys).Select(k => $"{k}: missing in zh-CN"));
        problems.AddRange(chinese.Keys.Except(english.Keys).Select(k => $"{k}: missing in English"));
        foreach (var (key, zh) in chinese.Where(kv => english.ContainsKey(kv.Key)))
        {
            var extra = Placeholders(zh).Except(Placeholders(english[key])).ToList();
            if (extra.Count > 0)
            {
                problems.Add($"{key}: zh-CN uses {{{string.Join("}, {", extra)}}} which the English does not");
            }

            // A text with words in it is translated: it has a Chinese character. Separators and bare placeholders are not words.
            if (Letters().IsMatch(Placeholder().Replace(english[key], "")) && !Chinese().IsMatch(zh))
            {
                problems.Add($"{key}: the zh-CN text '{zh}' has no Chinese");
            }
        }

        return problems;
    }

    /// <summary>
    /// The English literals passed to a message-making call (<paramref name="calls"/>, e.g. <c>PointsInputException</c>
    /// or <c>Fail</c>) in the .cs files under <paramref name="sourceFolders"/>, as <c>file line N: text</c>, except
    /// those <paramref name="allowed"/> lists as <c>file: text</c>.
    /// </summary>
    public static List<string> LiteralBypasses(IEnumerable<string> sourceFolders, IEnumerable<string> calls, IReadOnlySet<string> allowed)
    {
        var call = new Regex(@"(?<![\w.])(?:new\s+)?(?:" + string.Join('|', calls.Select(Regex.Escape)) + @")\s*\(", RegexOptions.CultureInvariant);
        var root = RepositoryRoot();
        var found = new List<string>();
        foreach (var folder in sourceFolders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
                {
                    continue;
                }

                found.AddRange(Bypasses(File.ReadAllText(file), call)
                    .Where(b => !allowed.Contains($"{relative}: {b.Literal}"))
                    .Select(b => $"{relative} line {b.Line}: {b.Literal}"));
            }
        }

        return found;
    }

    /// <summary>The sentence-like literals in the arguments of each <paramref name="call"/> of <paramref name="source"/>.</summary>
    public static IEnumerable<(int Line, string Literal)> Bypasses(string source, Regex call)
    {
        // Comments say why, in English; they are not messages.
        var code = string.Join('\n', source.Split('\n').Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? "" : l));
        foreach (Match m in call.Matches(code))
        {
            var span = Arguments(code, m.Index + m.Length - 1);
            foreach (Match literal in StringLiteral().Matches(span))
            {
                var text = Hole().Replace(literal.Groups[1].Value, " ");
                if (TwoWords().IsMatch(text))
                {
                    yield return (code[..m.Index].Count(c => c == '\n') + 1, literal.Groups[1].Value);
                }
            }
        }
    }

    private static IEnumerable<int> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct();

    /// <summary>
    /// From the opening parenthesis at <paramref name="open"/> to its match, skipping over string literals (with the
    /// strings inside an interpolated string's holes) and character literals, so a <c>')'</c> or a nested
    /// <c>")"</c> does not end the arguments early.
    /// </summary>
    public static string Arguments(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = StringEnd(code, i);
                    break;
                case '\'' when i + 2 < code.Length:
                    i = code[i + 1] == '\\' ? i + 3 : i + 2;
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return code[open..(i + 1)];
            }
        }

        return code[open..];
    }

    private static int StringEnd(string code, int quote)
    {
        var prefix = code[Math.Max(0, quote - 2)..quote];
        var verbatim = prefix.Contains('@', StringComparison.Ordinal);
        var interpolated = prefix.Contains('$', StringComparison.Ordinal);
        var holes = 0;
        for (var i = quote + 1; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '\\' when !verbatim:
                    i++;
                    break;
                case '{' when interpolated && holes == 0 && i + 1 < code.Length && code[i + 1] == '{':
                    i++;
                    break;
                case '{' when interpolated:
                    holes++;
                    break;
                case '}' when holes > 0:
                    holes--;
                    break;
                case '"' when holes > 0:
                    i = StringEnd(code, i);
                    break;
                case '"':
                    return i;
            }
        }

        return code.Length - 1;
    }

    // A regular, interpolated or verbatim string literal's text.
    [GeneratedRegex("""(?<![A-Za-z0-9_])[$@]*"((?:[^"\\\n]|\\.)*)"(?!")""", RegexOptions.CultureInvariant)]
    private static partial Regex StringLiteral();

    // An interpolation hole of an interpolated string.
    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Hole();

    // Two words in a row: a sentence, not a key ("Policy.NoRules"), a field ("Properties.points") or a code.
    [GeneratedRegex(@"[A-Za-z]{2,}[,;:]?\s+[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex TwoWords();

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();
}
