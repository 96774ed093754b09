using System.CommandLine;
using HrKit.Cli.CommandLine;
using HrKit.Cli.Errors;
using HrKit.Cli.Output;
using HrKit.Migration;
using HrKit.Migration.Mapping;
using HrKit.Migration.Sandbox;
using HrKit.Security;
using NodaTime;

namespace HrKit.Cli.Commands;

/// <summary>
/// <c>hrkit migrate plan | apply | rollback | encrypt | decrypt</c>: move another system's exports into HrKit's
/// stores (docs/migration.md), and encrypt or decrypt files in HrKit's format (docs/security.md).
/// </summary>
internal static class MigrateCommands
{
    public static Command Create(CliConsole console, IClock clock) => new("migrate", CliStrings.Get("Help.Migrate"))
    {
        CreateRun(console, clock, dryRun: true),
        CreateRun(console, clock, dryRun: false),
        CreateRollback(console, clock),
        CreateCrypt(console, encrypt: true),
        CreateCrypt(console, encrypt: false),
    };

    private static Command CreateRun(CliConsole console, IClock clock, bool dryRun)
    {
        var mapping = CliOptions.File("--mapping", CliStrings.Get("Help.Migrate.Mapping"), required: true);
        var batch = new Option<string>("--batch") { Description = CliStrings.Get("Help.Migrate.Batch"), HelpName = "ID" };
        var stores = new MigrationStoreOptions();
        var security = new SecurityOptions();
        var command = dryRun
            ? new Command("plan", CliStrings.Get("Help.Migrate.Plan")) { mapping, batch }
            : new Command("apply", CliStrings.Get("Help.Migrate.Apply")) { mapping, batch };
        stores.AddTo(command);
        security.AddTo(command, withPersonalData: true);
        command.SetAction(async (parse, ct) =>
        {
            var map = await MigrationMappingLoader.LoadFileAsync(parse.GetRequiredValue(mapping), ct).ConfigureAwait(false);
            var audit = await stores.AuditAsync(parse, clock, ct).ConfigureAwait(false);
            var options = new MigrationOptions { Actor = parse.GetRequiredValue(stores.Actor), BatchId = parse.GetValue(batch), Keys = security.Keys(parse), AuditLog = audit.Log };
            var sandbox = dryRun ? SqliteSandbox.Create() : null;
            try
            {
                var targets = await stores.OpenAsync(parse, clock, sandbox, ct).ConfigureAwait(false);
                await using (targets.ConfigureAwait(false))
                {
                    var service = new MigrationService(clock);
                    var report = dryRun
                        ? await service.PlanAsync(map, targets.Targets, options, ct).ConfigureAwait(false)
                        : await service.ApplyAsync(map, targets.Targets, options, ct).ConfigureAwait(false);
                    await MigrationReportText.WriteAsync(console.Out, report, parse.GetValue(security.ShowPersonalData)).ConfigureAwait(false);
                    return report.RejectedTotal > 0 ? CliApp.InvalidInput : CliApp.Ok;
                }
            }
            finally
            {
                if (sandbox is not null)
                {
                    await sandbox.DisposeAsync().ConfigureAwait(false);
                }

                await audit.DisposeAsync().ConfigureAwait(false);
            }
        });
        return command;
    }

    private static Command CreateRollback(CliConsole console, IClock clock)
    {
        var batch = new Argument<string>("batch") { Description = CliStrings.Get("Help.Migrate.Rollback.Batch") };
        var stores = new MigrationStoreOptions();
        var command = new Command("rollback", CliStrings.Get("Help.Migrate.Rollback")) { batch };
        stores.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var audit = await stores.AuditAsync(parse, clock, ct).ConfigureAwait(false);
            try
            {
                var targets = await stores.OpenAsync(parse, clock, null, ct).ConfigureAwait(false);
                await using (targets.ConfigureAwait(false))
                {
                    var done = await new MigrationService(clock).RollbackAsync(parse.GetRequiredValue(batch), targets.Targets,
                        new MigrationOptions { Actor = parse.GetRequiredValue(stores.Actor), AuditLog = audit.Log }, ct).ConfigureAwait(false);
                    await console.Out.WriteLineAsync(CliStrings.Format("Migrate.RolledBack", done.BatchId, done.Items.Length)).ConfigureAwait(false);
                    return CliApp.Ok;
                }
            }
            finally
            {
                await audit.DisposeAsync().ConfigureAwait(false);
            }
        });
        return command;
    }

    // Output goes to a temporary file beside the target and is moved into place only when complete, so a wrong key or
    // an altered file never leaves partial plaintext under the output name.
    private static Command CreateCrypt(CliConsole console, bool encrypt)
    {
        var input = new Argument<string>("input") { Description = CliStrings.Get(encrypt ? "Help.Migrate.Encrypt.Input" : "Help.Migrate.Decrypt.Input") };
        var output = new Argument<string>("output") { Description = CliStrings.Get("Help.Migrate.Crypt.Output") };
        var security = new SecurityOptions();
        var command = new Command(encrypt ? "encrypt" : "decrypt", CliStrings.Get(encrypt ? "Help.Migrate.Encrypt" : "Help.Migrate.Decrypt"))
        { input, output };
        security.AddTo(command, withPersonalData: false);
        command.SetAction(async (parse, ct) =>
        {
            var keys = security.RequiredKeys(parse);
            var source = parse.GetRequiredValue(input);
            var target = Path.GetFullPath(parse.GetRequiredValue(output));
            if (!File.Exists(source))
            {
                throw new CliDataException(CliStrings.Format("Err.InputMissing", source));
            }

            var temp = target + $".{Guid.NewGuid():N}.tmp";
            try
            {
                var from = File.OpenRead(source);
                await using (from.ConfigureAwait(false))
                {
                    var to = File.Create(temp);
                    await using (to.ConfigureAwait(false))
                    {
                        if (encrypt)
                        {
                            await EncryptedFile.EncryptAsync(from, to, keys, cancellationToken: ct).ConfigureAwait(false);
                        }
                        else
                        {
                            await EncryptedFile.DecryptAsync(from, to, keys, ct).ConfigureAwait(false);
                        }
                    }
                }

                File.Move(temp, target, overwrite: true);
            }
            finally
            {
                File.Delete(temp);
            }

            await console.Out.WriteLineAsync(CliStrings.Format(encrypt ? "Migrate.Encrypted" : "Migrate.Decrypted", source, target)).ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
