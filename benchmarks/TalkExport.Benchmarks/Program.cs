using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project benchmarks/TalkExport.Benchmarks -- --filter '*'
// (append --job short for a quick pass). See the README's "Benchmarks" section.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
