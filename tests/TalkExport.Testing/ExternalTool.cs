using System.Diagnostics;
using System.Text;

namespace TalkExport.Testing;

/// <summary>
/// Runs a real consumer (biber, pandoc, soffice, python3 …) as a test oracle. A missing tool
/// skips the test with a message, or fails it where <c>CI=true</c>.
/// </summary>
public static class ExternalTool
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or skips/fails.</summary>
    public static string Require(string name)
    {
        var found = Find(name);
        return found ?? TestEnvironment.SkipOrFail<string>($"'{name}' is not installed (.ci/run installs it).");
    }

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A python3 that can import yaml (PyYAML), or skips/fails.</summary>
    public static string RequirePythonWithYaml() => RequirePythonWith("yaml", "PyYAML", "python3-yaml");

    /// <summary>A python3 that can import <paramref name="module"/>, or skips/fails naming the Debian package.</summary>
    public static string RequirePythonWith(string module, string name, string debianPackage)
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("TALKEXPORT_PYTHON"), "python3", "/usr/bin/python3" })
        {
            if (string.IsNullOrEmpty(candidate) || Find(candidate) is not { } path)
            {
                continue;
            }

            if (Run(path, ["-c", "import " + module], timeout: TimeSpan.FromSeconds(30)).ExitCode == 0)
            {
                return path;
            }
        }

        return TestEnvironment.SkipOrFail<string>($"No python3 with {name} found (.ci/run installs {debianPackage}).");
    }

    /// <summary>Runs a program and waits for it; stdin is closed unless <paramref name="stdin"/> is given.</summary>
    public static ToolResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, string? stdin = null, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments)
        {
            psi.ArgumentList.Add(a);
        }

        if (environment is not null)
        {
            foreach (var (k, v) in environment)
            {
                psi.Environment[k] = v;
            }
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', psi.ArgumentList)} did not finish in time.");
        }

        return new ToolResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}

/// <summary>What an external program did.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <inheritdoc/>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
