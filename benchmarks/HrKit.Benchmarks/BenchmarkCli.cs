using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using HrKit.Benchmarks.Infrastructure;
using HrKit.Benchmarks.Payroll;
using HrKit.Benchmarks.Points;

namespace HrKit.Benchmarks;

internal static class BenchmarkCli
{
    public static int Run(string[] args)
    {
        var rest = new List<string>();
        var mode = "";
        var save = false;
        int? count = null;
        string? store = null;
        var rounds = 10;
        var writers = 1;
        var from = 3;
        int[]? sizes = null, threads = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                // Narrow a payroll run to some sizes or thread counts, e.g. a 100 k, 2-thread check on a busy machine.
                case "--payroll-sizes" or "--payroll-threads" when i + 1 < args.Length:
                    var values = args[++i].Split(',').Select(v => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ToArray();
                    if (arg == "--payroll-sizes")
                    {
                        sizes = values;
                    }
                    else
                    {
                        threads = values;
                    }

                    break;
                case "--short" or "--full" or "--verify" or "--profile" or "--summary-loop" or "--ledger-report" or "--ledger-append" or "--ledger-upgrade": mode = arg; break;
                case "--rounds" when i + 1 < args.Length: rounds = int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--from" when i + 1 < args.Length: from = int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--store" when i + 1 < args.Length: store = args[++i]; break;
                case "--writers" when i + 1 < args.Length: writers = int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--save": save = true; break;
                default:
                    if (mode is "--verify" or "--profile" or "--summary-loop" or "--ledger-report" or "--ledger-append" or "--ledger-upgrade" && int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                    {
                        count = n;
                    }
                    else
                    {
                        rest.Add(arg);
                    }

                    break;
            }
        }

        switch (mode)
        {
            case "--verify":
                return PayrollVerification.Run(count ?? 2_000);
            case "--profile":
                return PayrollProfile.Run(count ?? 200_000);
            case "--summary-loop":
                return PayrollSummaryLoop.Run(count ?? 100_000, rounds);
            case "--ledger-report":
                return LedgerReportMeasurement.Run(count ?? 10_000_000, rest.Remove("--keep"));
            case "--ledger-append":
                return LedgerAppendMeasurement.Run(count ?? 10, store, writers);
            case "--ledger-upgrade":
                return LedgerUpgradeMeasurement.Run(count ?? 1_000_000, from);
            case "--full":
                BenchmarkSettings.Short = false;
                BenchmarkSettings.PayrollSizes = [1_000, 100_000, 1_000_000];
                BenchmarkSettings.PointsEventCounts = [10_000, 100_000];
                break;
            case "--short":
                BenchmarkSettings.Short = true;
                break;
            default:
                Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/HrKit.Benchmarks -- --short|--full [--filter <glob>] [--save] [--payroll-sizes N,N] [--payroll-threads N,N]");
                Console.Error.WriteLine("       ... -- --verify [employees] | --profile [employees] | --summary-loop [employees] [--rounds N] | --ledger-report [postings] [--keep] | --ledger-append [runs] [--store sqlite|postgresql] [--writers N] | --ledger-upgrade [postings] [--from 3|4|5]");
                return 2;
        }

        BenchmarkSettings.PayrollSizes = sizes ?? BenchmarkSettings.PayrollSizes;
        BenchmarkSettings.PayrollThreads = threads ?? BenchmarkSettings.PayrollThreads;
        if (!rest.Contains("--filter"))
        {
            rest.AddRange(["--filter", "*"]);
        }

        // One throwaway PostgreSQL cluster for all ledger benchmark processes (they inherit the environment).
        using var postgres = NeedsPostgres(rest) ? PostgresCluster.Start() : null;
        if (postgres is not null)
        {
            Environment.SetEnvironmentVariable(PostgresCluster.EnvironmentVariable, postgres.ConnectionString);
            Console.WriteLine($"PostgreSQL 15 throwaway cluster on port {postgres.Port}");
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkCli).Assembly).Run([.. rest], BenchmarkSettings.CreateConfig()).ToList();
        if (save)
        {
            Save(summaries);
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static bool NeedsPostgres(List<string> args)
    {
        if (!PostgresCluster.IsAvailable || Environment.GetEnvironmentVariable(PostgresCluster.EnvironmentVariable) is not null)
        {
            return false;
        }

        var filters = args.SkipWhile(a => a != "--filter").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal));
        return filters.Any(f => f == "*" || f.Contains("Ledger", StringComparison.OrdinalIgnoreCase));
    }

    // Copies the GitHub-flavoured markdown reports to benchmarks/results (the artifacts folder is git-ignored).
    private static void Save(IEnumerable<Summary> summaries)
    {
        var root = new DirectoryInfo(Environment.CurrentDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "HrKit.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            Console.Error.WriteLine("--save: run from inside the repository.");
            return;
        }

        var target = Directory.CreateDirectory(Path.Combine(root.FullName, "benchmarks", "results"));
        foreach (var summary in summaries)
        {
            foreach (var file in Directory.EnumerateFiles(summary.ResultsDirectoryPath, "*-report-github.md"))
            {
                var name = Path.GetFileName(file).Replace("-report-github", "", StringComparison.Ordinal);
                name = name[(name.LastIndexOf('.', name.Length - 4) + 1)..];
                File.Copy(file, Path.Combine(target.FullName, name), overwrite: true);
                Console.WriteLine($"saved {Path.Combine(target.FullName, name)}");
            }
        }
    }
}
