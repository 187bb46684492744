using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/HistoryBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(HistoryBot.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
