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
    public static Command Create(CliConsole console, IClock clock) => new("migrate", "Import another HR system's exports: rehearse on a sandbox, apply, roll back; encrypt files.")
    {
        CreateRun(console, clock, dryRun: true),
        CreateRun(console, clock, dryRun: false),
        CreateRollback(console, clock),
        CreateCrypt(console, encrypt: true),
        CreateCrypt(console, encrypt: false),
    };

    private static Command CreateRun(CliConsole console, IClock clock, bool dryRun)
    {
        var mapping = CliOptions.File("--mapping", "The header-mapping file (JSON) naming the export files; see docs/samples/migration/mapping.json.", required: true);
        var batch = new Option<string>("--batch") { Description = "The batch id; by default derived from the exports' content.", HelpName = "ID" };
        var stores = new MigrationStoreOptions();
        var security = new SecurityOptions();
        var command = dryRun
            ? new Command("plan", "Dry run: apply to a throwaway copy of the stores and report counts, rejects and differences.") { mapping, batch }
            : new Command("apply", "Apply the exports as one batch (nothing while any row is rejected; a re-run changes nothing).") { mapping, batch };
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
        var batch = new Argument<string>("batch") { Description = "The batch id apply printed." };
        var stores = new MigrationStoreOptions();
        var command = new Command("rollback", "Undo an applied batch as a whole (roster, payslips and year-to-date restored, points reversed).") { batch };
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
                    await console.Out.WriteLineAsync($"batch {done.BatchId}: rolled back ({done.Items.Length} items).").ConfigureAwait(false);
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
        var input = new Argument<string>("input") { Description = encrypt ? "The file to encrypt." : "The encrypted file." };
        var output = new Argument<string>("output") { Description = "Where to write the result." };
        var security = new SecurityOptions();
        var command = new Command(encrypt ? "encrypt" : "decrypt",
            encrypt ? "Encrypt a file (AES-256-GCM, HrKit format) with the key from --key-file or HRKIT_KEY." : "Decrypt an HrKit-encrypted file; altered data or a wrong key is refused.")
        { input, output };
        security.AddTo(command, withPersonalData: false);
        command.SetAction(async (parse, ct) =>
        {
            var keys = security.RequiredKeys(parse);
            var source = parse.GetRequiredValue(input);
            var target = Path.GetFullPath(parse.GetRequiredValue(output));
            if (!File.Exists(source))
            {
                throw new CliDataException($"input '{source}' does not exist.");
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

            await console.Out.WriteLineAsync($"{(encrypt ? "encrypted" : "decrypted")} {source} -> {target}").ConfigureAwait(false);
            return CliApp.Ok;
        });
        return command;
    }
}
