using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using InterviewPrep.Bench;

// `dotnet run -c Release --project bench/InterviewPrep.Bench` runs a short job; pass BenchmarkDotNet arguments to change it.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short"));
BenchmarkRunner.Run<CritiqueBenchmarks>(config, args);
