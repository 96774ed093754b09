using HrKit.Benchmarks;

// dotnet run -c Release --project benchmarks/HrKit.Benchmarks -- --short | --full [--filter <glob>] [--save] [other BenchmarkDotNet options]
//        ... -- --verify [employees]   checks the RulesEngine baseline against HrKit, no benchmark
//        ... -- --profile [employees]  Stopwatch + allocation harness of the payroll paths, no BenchmarkDotNet
return BenchmarkCli.Run(args);
