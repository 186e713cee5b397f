using System.Diagnostics;
using System.Text.Json;
using ImrParsing.Tests.Infrastructure;

namespace ImrParsing.Tests.Cli;

/// <summary>A real <c>imr parse -o DIR</c> process killed half-way (SIGKILL), then run again.</summary>
public sealed class KilledBatchTests : IDisposable
{
    private const int KillAfterFiles = 20;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_batch_killed_half_way_leaves_only_complete_files_and_a_rerun_does_the_rest()
    {
        int total = 0;
        for (int copy = 0; copy < 2; copy++)
        {
            foreach (string name in Infrastructure.Corpus.RealLetters)
            {
                _folder.Copy(Infrastructure.Corpus.PathOf(name), $"in/{copy}/{Path.GetFileName(name)}.txt");
                total++;
            }
        }

        foreach (string file in Directory.GetFiles(_folder.PathOf("in"), "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }

        string output = _folder.PathOf("out");
        bool finishedFirst = RunAndKill(["parse", "-o", output, "--parallel", "1", "--no-progress", _folder.PathOf("in")]);

        string[] written = Directory.GetFiles(output, "*.json", SearchOption.AllDirectories);
        finishedFirst.ShouldBeFalse("the batch ended before it could be killed");
        written.Length.ShouldBeGreaterThanOrEqualTo(KillAfterFiles);
        written.Length.ShouldBeLessThan(total);
        written.ShouldAllBe(file => IsCompleteLetter(file));

        var (exit, _, error) = CommandLineTests.Run("", "parse", "-o", output, "--no-progress", _folder.PathOf("in"));

        exit.ShouldBe(0);
        error.ShouldContain($"skipped {written.Length} of {total} letters");
        string[] all = Directory.GetFiles(output, "*", SearchOption.AllDirectories);
        all.Length.ShouldBe(total); // the killed write's temporary file is gone too
        all.ShouldAllBe(file => IsCompleteLetter(file));
    }

    private static bool IsCompleteLetter(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("source").GetString()!.EndsWith(Path.GetFileNameWithoutExtension(file), StringComparison.Ordinal)
            && json.RootElement.GetProperty("items").GetArrayLength() > 0;
    }

    // Starts the built command line as a process of its own and kills it once it has written some
    // files; true when it ended by itself first.
    private static bool RunAndKill(string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imr.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        string output = args[Array.IndexOf(args, "-o") + 1];
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (Directory.Exists(output) && Directory.GetFiles(output, "*.json", SearchOption.AllDirectories).Length >= KillAfterFiles)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return false;
            }

            Thread.Sleep(5);
        }

        process.WaitForExit();
        return true;
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
