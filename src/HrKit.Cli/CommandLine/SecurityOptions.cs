using System.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Security;

namespace HrKit.Cli.CommandLine;

/// <summary>
/// Where the CLI gets its AES-256 key: <c>--key-file</c> (a file holding the base64 key), else the environment
/// variable <c>HRKIT_KEY</c> (base64 of 32 bytes); <c>HRKIT_KEY_ID</c> names it (default <c>default</c>). And whether
/// personal data may be printed unmasked. Key handling: docs/security.md#keys.
/// </summary>
internal sealed class SecurityOptions
{
    public const string KeyVariable = "HRKIT_KEY";
    public const string KeyIdVariable = "HRKIT_KEY_ID";

    public Option<string> KeyFile { get; } = CliOptions.File("--key-file", $"A file holding the base64 AES-256 key (else ${KeyVariable}); its id is ${KeyIdVariable} or 'default'.");

    public Option<bool> ShowPersonalData { get; } = new("--show-personal-data")
    {
        Description = "Print national ids, bank accounts and phone numbers in full (masked by default, e.g. 110***********1234).",
    };

    public void AddTo(Command command, bool withPersonalData)
    {
        command.Options.Add(KeyFile);
        if (withPersonalData)
        {
            command.Options.Add(ShowPersonalData);
        }
    }

    /// <summary>The key provider, or null when neither a key file nor <c>HRKIT_KEY</c> is given.</summary>
    public IEncryptionKeyProvider? Keys(ParseResult parse)
    {
        var id = Environment.GetEnvironmentVariable(KeyIdVariable) is { Length: > 0 } named ? named : "default";
        if (parse.GetValue(KeyFile) is { } file)
        {
            if (!File.Exists(file))
            {
                throw new CliDataException($"--key-file '{file}' does not exist.");
            }

            return new StaticEncryptionKeyProvider(EncryptionKey.FromBase64(id, File.ReadAllText(file)));
        }

        return Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } text
            ? new StaticEncryptionKeyProvider(EncryptionKey.FromBase64(id, text))
            : null;
    }

    public IEncryptionKeyProvider RequiredKeys(ParseResult parse) => Keys(parse)
        ?? throw new CliDataException($"no key: pass --key-file or set {KeyVariable} to a base64 32-byte key (openssl rand -base64 32).");
}
