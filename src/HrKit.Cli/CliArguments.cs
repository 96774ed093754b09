namespace HrKit.Cli;

/// <summary>Minimal <c>--name value</c> / <c>--flag</c> parser; unknown options are usage errors, never ignored.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CliArguments() { }

    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positionals { get; private set; } = [];

    /// <summary>Parses <paramref name="args"/>, accepting only the given option names (without dashes).</summary>
    /// <param name="args">The arguments after the command words.</param>
    /// <param name="valueOptions">Options that take a value.</param>
    /// <param name="flagOptions">Options that take no value.</param>
    public static CliArguments Parse(IReadOnlyList<string> args, IEnumerable<string> valueOptions, IEnumerable<string>? flagOptions = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new HashSet<string>(valueOptions, StringComparer.Ordinal);
        var flags = new HashSet<string>(flagOptions ?? [], StringComparer.Ordinal);
        var result = new CliArguments();
        var positionals = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (flags.Contains(name))
            {
                result._options[name] = null;
            }
            else if (values.Contains(name))
            {
                if (i + 1 >= args.Count)
                {
                    throw new CliUsageException($"option '--{name}' needs a value.");
                }

                result._options[name] = args[++i];
            }
            else
            {
                var known = string.Join(", ", values.Concat(flags).Select(o => "--" + o));
                throw new CliUsageException($"unknown option '{arg}'. Known options: {known}.");
            }
        }

        result.Positionals = positionals;
        return result;
    }

    /// <summary>The value of an option, or <see langword="null"/> when absent.</summary>
    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;

    /// <summary>The value of a required option; a usage error names it when missing.</summary>
    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"option '--{name}' is required.");

    /// <summary>Whether a flag was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);
}
