using System.IO;

namespace PrivacyAnalyzers.Tool.Tests.Browser;

/// <summary>
/// Headless Chromium, which renders the HTML page in the data-map test. <c>.ci/run</c> installs the Debian package
/// (<c>chromium</c>, with <c>fonts-liberation</c>) and names the executable in <c>PRIVACY_CHROMIUM</c>. Without the
/// variable a local run uses a Chromium found on PATH; under CI (<c>CI=true</c>) a missing variable is a failure that
/// says so, as for the other third-party tools of the end-to-end tests. Never a skip.
/// </summary>
internal static class Chromium
{
    public const string Variable = "PRIVACY_CHROMIUM";

    private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    public static string Executable { get; } = Find();

    /// <summary>Runs Chromium headless on a local file with the given extra switches; a fresh profile each time.</summary>
    public static ProcessResult Run(string workingDirectory, params string[] arguments)
    {
        var profile = Path.Combine(workingDirectory, "profile-" + Guid.NewGuid().ToString("N"));
        var all = new List<string>
        {
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--user-data-dir=" + profile,
        };
        all.AddRange(arguments);
        try
        {
            return ProcessRunner.Run(Executable, all, workingDirectory, timeoutSeconds: 180);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A profile file still held open by a helper process that is exiting: the temporary folder is removed later.
            }
        }
    }

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{Variable} names {configured}, which does not exist: Chromium is not installed there.");
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {Variable} is not set: .ci/run installs Chromium (the Debian package chromium) and exports {Variable}; run the tests through .ci/run.");
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new InvalidOperationException(
            $"No Chromium on PATH ({string.Join(", ", Names)}) and {Variable} is not set. Install it (Debian/Ubuntu: `apt-get install chromium fonts-liberation`) or set {Variable} to its executable.");
    }
}
