using HrKit.Benchmarks;

// dotnet run -c Release --project benchmarks/HrKit.Benchmarks -- --short | --full [--filter <glob>] [--save] [other BenchmarkDotNet options]
//        ... -- --verify [employees]   checks the RulesEngine baseline against HrKit, no benchmark
//        ... -- --profile [employees]  Stopwatch + allocation harness of the payroll paths, no BenchmarkDotNet
//        ... -- --summary-loop [employees] [--rounds N]  Stopwatch loop of the China totals path, for perf record
//        ... -- --ledger-append [runs] [--store sqlite|postgresql] [--writers N]  Stopwatch loop of the batched ledger append
//        ... -- --ledger-report [postings]  a month's report over a generated PostgreSQL ledger
//        ... -- --ledger-upgrade [postings] [--from 3|4|5]  in-place upgrade of a generated PostgreSQL ledger to today's schema
return BenchmarkCli.Run(args);
