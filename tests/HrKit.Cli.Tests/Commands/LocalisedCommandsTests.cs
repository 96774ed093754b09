namespace HrKit.Cli.Tests.Commands;

/// <summary>
/// Issue 15: every command group speaks the language <c>--lang</c> names: --help, headings, summary lines, usage and
/// error lines. The Chinese lines are written out by hand here, not read from the resources.
/// </summary>
public sealed class LocalisedCommandsTests() : TempFolderTests("hrkit-cli-lang-commands-")
{
    // Beijing 2026: 10 000 gross; tax 82.41; net 7 664.59 (LocalisedOutputTests works it out).
    private const string Beijing10000 = """{"employeeId":"C1","name":"张伟","department":"研发部","period":"2026-01","city":"beijing","baseSalary":10000}""";

    [Theory]
    [InlineData("zh-CN", "计算输入文件中每名员工每个月的工资", "将工资条写入 FILE 而非 stdout（计算完成后才整体替换）。", "工资条、报表和消息的语言：zh-CN 或 en（默认：系统语言）。")]
    [InlineData("en", "Pay every employee-month of an input file", "Write the payslips to FILE instead of stdout (replaced whole only when the run finishes).", "Language of payslips, reports and messages: zh-CN or en (default: the system's language).")]
    public async Task Help_PayrollRun_DescriptionsInTheChosenLanguage(string lang, string command, string outOption, string langOption)
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "run", "--help", "--lang", lang);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains(command, output, StringComparison.Ordinal);
        Assert.Contains(outOption, output, StringComparison.Ordinal);
        Assert.Contains(langOption, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_LangZhCn_SystemCommandLineHeadingsAndLabelsInChinese()
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "close", "--help", "--lang", "zh-CN");

        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(["说明：", "  锁定工资期间库中已发放的月份（结账）。", "", "用法：", "  hrkit payroll close [选项]", "", "选项："], lines.Take(7));
        Assert.Matches(@"--month <YYYY-MM>（必需）\s+要锁定的月份", output);
        Assert.Contains("[默认：default]", output, StringComparison.Ordinal);
        Assert.Matches(@"-\?, -h, --help\s+显示帮助和用法。", output);
        Assert.DoesNotContain("Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "hrkit：计算工资，检查薪酬与积分政策，模拟积分，同步考勤。", "检查并读取防篡改的审计日志。")]
    [InlineData("en", "hrkit: run payroll, check pay and points policies, simulate points and sync attendance.", "Check and read the tamper-evident audit log.")]
    public async Task Help_Root_CommandListInTheChosenLanguage(string lang, string description, string audit)
    {
        var (_, output, _) = await CliRunner.RunAsync("--lang", lang, "--help");

        Assert.Contains(description, output, StringComparison.Ordinal);
        Assert.Contains(audit, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("错误：'hrkit payroll' 没有命令 'pay'；请使用 run、close、reopen、retro、history、register、ytd、report、template、validate、policy、contributions 或 bonus-check。见 'hrkit payroll --help'。", "payroll", "pay", "--lang", "zh-CN")]
    [InlineData("error: unknown command 'pay' for 'hrkit payroll'; use run, close, reopen, retro, history, register, ytd, report, template, validate, policy, contributions or bonus-check. See 'hrkit payroll --help'.", "payroll", "pay", "--lang", "en")]
    [InlineData("错误：缺少必需的选项 '--input'。见 'hrkit payroll run --help'。", "payroll", "run", "--lang", "zh-CN")]
    [InlineData("error: Option '--input' is required. See 'hrkit payroll run --help'.", "payroll", "run", "--lang", "en")]
    public async Task Usage_BadCommandLine_OneLineInTheChosenLanguage(string expected, params string[] args)
    {
        var (exit, _, errors) = await CliRunner.RunAsync(args);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal(expected + Environment.NewLine, errors);
    }

    [Fact]
    public async Task PayrollBonusCheck_LangZhCn_ChineseZonesAndVerdicts()
    {
        var (_, zones, _) = await CliRunner.RunAsync("payroll", "bonus-check", "--lang", "zh-CN");
        var (exit, output, errors) = await CliRunner.RunAsync("payroll", "bonus-check", "--bonus", "37000,100000", "--lang", "zh-CN");

        Assert.StartsWith("年终奖临界区间（区间内的奖金税后少于临界点奖金）：", zones, StringComparison.Ordinal);
        Assert.Contains("      36000.01 –       38566.66   临界点     36000.00 税后     34920.00", zones, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("奖金 37000.00：税额 3490.00，税后 33510.00：落入临界区间 36000.01–38566.66；发 36000.00 税后为 34920.00（少发 1000.00 反而多得 1410.00）", output, StringComparison.Ordinal);
        Assert.Contains("奖金 100000.00：税额 9790.00，税后 90210.00：正常", output, StringComparison.Ordinal);
        Assert.Contains("2 笔奖金中有 1 笔落入临界区间：请改发区间下限", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", @"城市\s+起始日\s+截止日\s+标准数\s+最新年度\s+最新已确认\s+可沿用至")]
    [InlineData("en", @"City\s+First day\s+Last day\s+Schedules\s+Latest cycle\s+Latest confirmed\s+Carried forward until")]
    public async Task PayrollContributionsList_TableHeadingsInTheChosenLanguage(string lang, string headings)
    {
        var (exit, output, _) = await CliRunner.RunAsync("payroll", "contributions", "--list", "--lang", lang);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(headings, output);
    }

    [Theory]
    [InlineData("zh-CN", "模板已写入 {0}：在工作表“员工”中每行填写一名员工一个月的数据，然后运行 'hrkit payroll run --input t.xlsx'。")]
    [InlineData("en", "Template written to {0}: fill in sheet 员工, one employee-month a row, then 'hrkit payroll run --input t.xlsx'.")]
    public async Task PayrollTemplate_WrittenLineInTheChosenLanguage(string lang, string expected)
    {
        var path = Path.Combine(Folder, "t.xlsx");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "template", "--format", "xlsx", "--out", path, "--lang", lang);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, path) + Environment.NewLine, errors);
    }

    [Fact]
    public async Task PayrollPeriodCommands_LangZhCn_StoredCloseRegisterAndYearToDateInChinese()
    {
        var input = Write("in.jsonl", Beijing10000);
        var db = Path.Combine(Folder, "payroll.db");

        var (runExit, _, run) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--db", db, "--month", "2026-01", "--lang", "zh-CN");
        var (closeExit, closed, _) = await CliRunner.RunAsync("payroll", "close", "--db", db, "--month", "2026-01", "--lang", "zh-CN");
        var (_, register, status) = await CliRunner.RunAsync("payroll", "register", "--db", db, "--month", "2026-01", "--lang", "zh-CN");
        var (_, ytd, _) = await CliRunner.RunAsync("payroll", "ytd", "--db", db, "--employee", "C1", "--month", "2026-01", "--lang", "zh-CN");
        var (missingExit, _, missing) = await CliRunner.RunAsync("payroll", "register", "--db", db, "--month", "2026-02", "--lang", "zh-CN");

        Assert.Equal(CliApp.Ok, runExit);
        Assert.Contains($"已将 1 份工资条保存到 {db}，月份 2026-01（拒绝 0 条，读取记录 1 条）。", run, StringComparison.Ordinal);
        Assert.Equal(CliApp.Ok, closeExit);
        Assert.Equal("2026-01 已结账。" + Environment.NewLine, closed);
        Assert.Equal("2026-01：已结账" + Environment.NewLine, status);
        Assert.Contains("版本 1  已发放  应发 10,000.00", register, StringComparison.Ordinal);
        Assert.Contains("实发 7,664.59  累计已扣税 82.41", register, StringComparison.Ordinal);
        Assert.Contains("C1 截至 2026-01 的本年累计：", ytd, StringComparison.Ordinal);
        Assert.Contains("已扣缴税额 82.41", ytd, StringComparison.Ordinal);
        Assert.Equal(CliApp.InvalidInput, missingExit);
        Assert.Contains("错误：2026-02 没有已保存的工资条。", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollPeriodCommands_LangEn_EnglishLines()
    {
        var input = Write("in.jsonl", Beijing10000);
        var db = Path.Combine(Folder, "payroll.db");

        await CliRunner.RunAsync("payroll", "run", "--input", input, "--db", db, "--month", "2026-01", "--lang", "en");
        var (_, closed, _) = await CliRunner.RunAsync("payroll", "close", "--db", db, "--month", "2026-01", "--lang", "en");
        var (_, register, status) = await CliRunner.RunAsync("payroll", "register", "--db", db, "--month", "2026-01", "--lang", "en");

        Assert.Equal("2026-01 closed." + Environment.NewLine, closed);
        Assert.Equal("2026-01: closed" + Environment.NewLine, status);
        Assert.Contains("rev 1  paid  gross 10,000.00", register, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "通过：政策 'HrKitDefaultPoints'，启用规则 7 条。", "ShareArticle：2 learning，每天最多 6，条件")]
    [InlineData("en", "OK: policy 'HrKitDefaultPoints' with 7 enabled rule(s).", "ShareArticle: 2 learning, at most 6 a day when")]
    public async Task PointsValidate_DefaultPolicy_LinesInTheChosenLanguage(string lang, string summary, string rule)
    {
        var policy = Write("policy.json", HrKit.Points.Policies.PointsPolicyLoader.ReadDefaultJson());

        var (exit, output, _) = await CliRunner.RunAsync("points", "validate", "--policy", policy, "--lang", lang);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains(summary, output, StringComparison.Ordinal);
        Assert.Contains(rule, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PointsSimulate_LangZhCn_ChineseHeadingsAndSummary()
    {
        var (exit, output, errors) = await CliRunner.RunAsync("points", "simulate", "--events", CliRunner.RepoFile("docs/samples/points-events.jsonl"), "--lang", "zh-CN");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"事件\s+员工\s+规则\s+类别\s+积分", output);
        Assert.Contains("（已达上限）", output, StringComparison.Ordinal);
        Assert.Contains("余额：", output, StringComparison.Ordinal);
        Assert.Matches(@"E001\s+general\s+32", output);
        Assert.Contains("读取事件 19 条，积分记录 16 条，跳过重复事件 1 条，拒绝 0 条。", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("错误：--db：'{0}' 处没有积分账本；请传入应用程序写入的 SQLite 文件（如 hrkit-points.db）。", "points", "balance", "--employee", "E1", "--lang", "zh-CN")]
    [InlineData("error: --db: no points ledger at '{0}'; pass the SQLite file the application writes (e.g. hrkit-points.db).", "points", "balance", "--employee", "E1", "--lang", "en")]
    [InlineData("错误：--db：'{0}' 处没有审计日志。", "audit", "verify", "--lang", "zh-CN")]
    [InlineData("error: --db: no audit log at '{0}'.", "audit", "verify", "--lang", "en")]
    public async Task MissingStore_ErrorLineInTheChosenLanguage(string expected, params string[] args)
    {
        var db = Path.Combine(Folder, "none.db");

        var (exit, _, errors) = await CliRunner.RunAsync([.. args, "--db", db]);

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, db) + Environment.NewLine, errors);
    }

    [Fact]
    public async Task SyncAttendance_LangZhCn_ChineseReportAndColumns()
    {
        var db = Path.Combine(Folder, "points.db");

        var (exit, output, errors) = await CliRunner.RunAsync("sync", "attendance", "--checkins", CliRunner.RepoFile("docs/samples/checkins-2025-06.jsonl"),
            "--payroll", CliRunner.RepoFile("docs/samples/payroll-company.json"), "--month", "2025-06", "--rest-days", "2025-06-02", "--db", db,
            "--max-error-rate", "0.01", "--lang", "zh-CN");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.True(exit == CliApp.Ok, errors);
        // 450 lines: 1 duplicate, 1 check-in on 1 July, 2 rejected (SyncCommandsTests).
        Assert.Contains("读取 450 条，接受 446 条，丢弃重复 1 条，月份外 1 条，拒绝 2 条（错误率 0.44 %）。", output, StringComparison.Ordinal);
        Assert.Matches(@"员工\s+应出勤\s+实出勤\s+缺勤\s+迟到\s+迟到分钟\s+工作日加班\s+休息日加班\s+节假日加班", output);
        Assert.Contains("  积分：记录 ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-CN", "已加密 {0} -> {1}", "错误：没有密钥：请传入 --key-file，或将 HRKIT_KEY 设为 base64 编码的 32 字节密钥（openssl rand -base64 32）。")]
    [InlineData("en", "encrypted {0} -> {1}", "error: no key: pass --key-file or set HRKIT_KEY to a base64 32-byte key (openssl rand -base64 32).")]
    public async Task MigrateEncrypt_LinesInTheChosenLanguage(string lang, string done, string noKey)
    {
        var plain = Write("plain.txt", "工号,姓名\nE1,张伟\n");
        var key = Write("key.txt", Convert.ToBase64String(new byte[32]));
        var target = Path.Combine(Folder, "plain.enc");
        var saved = Environment.GetEnvironmentVariable("HRKIT_KEY");

        var (exit, output, _) = await CliRunner.RunAsync("migrate", "encrypt", plain, target, "--key-file", key, "--lang", lang);
        Environment.SetEnvironmentVariable("HRKIT_KEY", null);
        try
        {
            var (noKeyExit, _, errors) = await CliRunner.RunAsync("migrate", "encrypt", plain, target, "--lang", lang);

            Assert.Equal(CliApp.InvalidInput, noKeyExit);
            Assert.Equal(noKey + Environment.NewLine, errors);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HRKIT_KEY", saved);
        }

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, done, plain, target) + Environment.NewLine, output);
    }

    [Fact]
    public async Task Demo_LangZhCn_ChineseSectionsAndPayslipHeadings()
    {
        var db = Path.Combine(Folder, "demo.db");

        var (exit, output, errors) = await CliRunner.RunAsync("demo", "--db", db, "--lang", "zh-CN");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.True(exit == CliApp.Ok, errors);
        Assert.Contains($"== 积分制（SQLite {db}）：2025 年 6 月示例事件经默认政策 ==", output, StringComparison.Ordinal);
        Assert.Contains("== 考勤同步：docs/samples/checkins-2025-06.jsonl 经 HrKit.Integration ==", output, StringComparison.Ordinal);
        Assert.Contains("== 2025 年 6 月工资（docs/samples/payroll-company.json，考勤来自打卡，学习系数来自积分）==", output, StringComparison.Ordinal);
        Assert.Contains("：读取 450 条，接受 446 条，丢弃重复 1 条，月份外 1 条，拒绝 2 条（错误率 0.44 %）。", output, StringComparison.Ordinal);
        Assert.Contains("应发工资", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_LangZhCn_MonthNotYyyyMm_RejectedInChineseNamingRecordLineFieldAndValue()
    {
        var input = Write("in.jsonl", Beijing10000 + "\n" + Beijing10000.Replace("\"C1\"", "\"C2\"", StringComparison.Ordinal).Replace("2026-01", "2026/01", StringComparison.Ordinal));

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--lang", "zh-CN");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains("已拒绝：C2: period: 第 2 行：“2026/01”不是 yyyy-MM 格式的月份。", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("第 2 条记录", errors, StringComparison.Ordinal); // the reader's message names the line once
        Assert.DoesNotContain("is not a month", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PayrollRun_LangZhCn_MalformedDocument_ChineseNamingFileLineAndElement()
    {
        var input = Write("in.json", "{ \"employees\": [ " + Beijing10000 + ", oops ] }");

        var (exit, _, errors) = await CliRunner.RunAsync("payroll", "run", "--input", input, "--lang", "zh-CN");

        Assert.Equal(CliApp.InvalidInput, exit);
        Assert.Contains($"--input {input}: input：第 1 行（employees[1]内）JSON 格式错误：", errors, StringComparison.Ordinal);
    }
}
