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

    public Option<string> KeyFile { get; } = CliOptions.File("--key-file", CliStrings.Format("Help.KeyFile", KeyVariable, KeyIdVariable));

    public Option<bool> ShowPersonalData { get; } = new("--show-personal-data")
    {
        Description = CliStrings.Get("Help.ShowPersonalData"),
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
                throw new CliDataException(CliStrings.Format("Err.KeyFileMissing", file));
            }

            return new StaticEncryptionKeyProvider(EncryptionKey.FromBase64(id, File.ReadAllText(file)));
        }

        return Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } text
            ? new StaticEncryptionKeyProvider(EncryptionKey.FromBase64(id, text))
            : null;
    }

    public IEncryptionKeyProvider RequiredKeys(ParseResult parse) => Keys(parse)
        ?? throw new CliDataException(CliStrings.Format("Err.NoKey", KeyVariable));
}
