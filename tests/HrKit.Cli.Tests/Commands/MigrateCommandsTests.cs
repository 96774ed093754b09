using Microsoft.Data.Sqlite;

namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// <c>hrkit migrate plan | apply | rollback | encrypt | decrypt</c> and <c>hrkit audit verify | list</c> on the sample
/// export of docs/samples/migration (three employees, their January–February payslips, opening year-to-date and
/// points balances).
/// </summary>
public sealed class MigrateCommandsTests : TempFolderTests
{
    public MigrateCommandsTests()
        : base("hrkit-cli-migrate-")
    {
        foreach (var file in Directory.EnumerateFiles(CliRunner.RepoFile("docs/samples/migration")))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    private string[] Stores => ["--mapping", Path.Combine(Folder, "mapping.json"), "--store", P("migration.db"), "--payroll-db", P("payroll.db"),
        "--points-db", P("points.db"), "--audit-db", P("audit.db"), "--actor", "alice"];

    private string P(string name) => Path.Combine(Folder, name);

    [Fact]
    public async Task MigratePlan_Default_ShowsPersonalDataOnlyMasked()
    {
        var (exit, output, _) = await CliRunner.RunAsync(["migrate", "plan", .. Stores]);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("nationalId: (none) -> 110***********1234", output, StringComparison.Ordinal);
        Assert.Contains("bankAccount: (none) -> 622************3445", output, StringComparison.Ordinal);
        Assert.Contains("phone: (none) -> 138****5678", output, StringComparison.Ordinal);
        foreach (var secret in new[] { "110101199003071234", "6222020200112233445", "13812345678", "310101198805052345", "13998765432", "440106199512123456" })
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task MigratePlan_ShowPersonalData_PrintsValuesInFull()
    {
        var (_, output, _) = await CliRunner.RunAsync(["migrate", "plan", .. Stores, "--show-personal-data"]);

        Assert.Contains("nationalId: (none) -> 110101199003071234", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigratePlan_RealStores_AreLeftEmpty()
    {
        await CliRunner.RunAsync(["migrate", "plan", .. Stores]);

        var (_, output, _) = await CliRunner.RunAsync(["migrate", "plan", .. Stores]);

        Assert.Contains("Roster: 3 read, 3 new, 0 changed, 0 unchanged, 0 rejected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateApply_Twice_SecondHasNothingToChange()
    {
        var (first, applied, _) = await CliRunner.RunAsync(["migrate", "apply", .. Stores]);

        var (second, again, _) = await CliRunner.RunAsync(["migrate", "apply", .. Stores]);

        Assert.Equal((CliApp.Ok, CliApp.Ok), (first, second));
        Assert.Contains(": applied", applied, StringComparison.Ordinal);
        Assert.Contains(": nothing to change", again, StringComparison.Ordinal);
        Assert.Contains("PointsBalances: 3 read, 0 new, 0 changed, 3 unchanged, 0 rejected", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateRollback_AppliedBatch_LeavesNothingInTheRoster()
    {
        var (_, applied, _) = await CliRunner.RunAsync(["migrate", "apply", .. Stores]);
        var batch = applied.Split(':')[0]["batch ".Length..];

        var (exit, output, _) = await CliRunner.RunAsync("migrate", "rollback", batch, "--store", P("migration.db"), "--payroll-db", P("payroll.db"), "--points-db", P("points.db"));
        var (_, plan, _) = await CliRunner.RunAsync(["migrate", "plan", .. Stores]);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains($"batch {batch}: rolled back", output, StringComparison.Ordinal);
        Assert.Contains("Roster: 3 read, 3 new", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateApply_RejectedRow_ExitsOneNamingFileRowAndColumn()
    {
        Write("points-balances.csv", "工号,积分类别,积分余额\nE001,general,many\n");

        var (exit, output, _) = await CliRunner.RunAsync(["migrate", "apply", .. Stores]);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("NOT applied", output, StringComparison.Ordinal);
        Assert.Contains("points-balances.csv row 2, column '积分余额'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateApply_RejectedRowInChinese_NamesFileRowAndColumnInChinese()
    {
        Write("points-balances.csv", "工号,积分类别,积分余额\nE001,general,many\n");

        var (exit, output, _) = await CliRunner.RunAsync(["migrate", "apply", .. Stores, "--lang", "zh-CN"]);

        Assert.Equal(CliApp.InvalidInput, exit);
        // MigrationStrings.zh-CN: RejectInColumn = "{0} 第 {1} 行，列“{2}”：{3}".
        Assert.Contains("points-balances.csv 第 2 行，列“积分余额”：", output, StringComparison.Ordinal);
        Assert.DoesNotContain("row 2, column", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateEncryptThenApply_WithKeyFile_ReadsTheEncryptedExport()
    {
        var key = Write("key.txt", Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        await CliRunner.RunAsync("migrate", "encrypt", P("employees.csv"), P("employees.csv"), "--key-file", key);

        var (without, _, error) = await CliRunner.RunAsync(["migrate", "apply", .. Stores]);
        var (with, output, _) = await CliRunner.RunAsync(["migrate", "apply", .. Stores, "--key-file", key]);

        Assert.Equal(CliApp.InvalidInput, without);
        Assert.Contains("is encrypted and no key was supplied", error, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, with);
        Assert.Contains("Roster: 3 read, 3 new", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateDecrypt_AlteredFile_FailsAndWritesNoOutput()
    {
        var key = Write("key.txt", Convert.ToBase64String(new byte[32]));
        await CliRunner.RunAsync("migrate", "encrypt", P("employees.csv"), P("employees.enc"), "--key-file", key);
        var bytes = File.ReadAllBytes(P("employees.enc"));
        bytes[^20] ^= 1;
        File.WriteAllBytes(P("employees.enc"), bytes);

        var (exit, _, error) = await CliRunner.RunAsync("migrate", "decrypt", P("employees.enc"), P("out.csv"), "--key-file", key);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("failed authentication", error, StringComparison.Ordinal);
        Assert.False(File.Exists(P("out.csv")));
        Assert.Empty(Directory.EnumerateFiles(Folder, "out.csv*"));
    }

    [Fact]
    public async Task AuditVerify_AfterApply_IsIntactAndAfterRawSqlEditIsBroken()
    {
        await CliRunner.RunAsync(["migrate", "apply", .. Stores]);
        var (okExit, ok, _) = await CliRunner.RunAsync("audit", "verify", "--db", P("audit.db"));
        using (var c = new SqliteConnection($"Data Source={P("audit.db")};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 2";
            cmd.ExecuteNonQuery();
        }

        var (badExit, _, bad) = await CliRunner.RunAsync("audit", "verify", "--db", P("audit.db"));

        Assert.Equal(CliApp.Ok, okExit);
        Assert.StartsWith("intact: ", ok, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, badExit);
        Assert.Contains("broken at entry 2", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditList_ByActorAndKind_ListsOnlyMatchingEntries()
    {
        await CliRunner.RunAsync(["migrate", "apply", .. Stores]);

        var (_, alice, _) = await CliRunner.RunAsync("audit", "list", "--db", P("audit.db"), "--actor", "alice", "--kind", "migration.step");
        var (_, bob, _) = await CliRunner.RunAsync("audit", "list", "--db", P("audit.db"), "--actor", "bob");
        var (_, future, _) = await CliRunner.RunAsync("audit", "list", "--db", P("audit.db"), "--from", "2999-01-01");

        Assert.Equal(4, alice.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // roster, payslips (opening merged in), points, then the batch
        Assert.All(alice.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Contains("\talice\tmigration.step\t", l, StringComparison.Ordinal));
        Assert.Empty(bob);
        Assert.Empty(future);
    }
}
