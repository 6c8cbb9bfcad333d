using System.IO;
using System.Text.RegularExpressions;
using PrivacyAnalyzers.Inventory;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>
/// <c>privacy render</c> on what a consumer's build leaves in its bin folder: the application's assembly beside the
/// package's own PrivacyAnalyzers.Annotations.dll and PrivacyAnalyzers.Runtime.dll, which have no inventory. The
/// README's and docs/outputs.md's commands are read from their text and run as written, through a shell (for the glob).
/// </summary>
public sealed class RenderBinFolderTests : IClassFixture<InstalledToolFixture>
{
    private static readonly string[] PackageAssemblies = ["PrivacyAnalyzers.Annotations.dll", "PrivacyAnalyzers.Runtime.dll"];

    private readonly InstalledToolFixture _tool;

    public RenderBinFolderTests(InstalledToolFixture tool) => _tool = tool;

    /// <summary>A bin folder as the build leaves it: the app (with an inventory) and the package's assemblies (without).</summary>
    private static void WriteBinFolder(string folder, string name, PrivacyInventory inventory)
    {
        TestAssemblies.Compile(folder, name, inventory);
        foreach (var file in PackageAssemblies)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(folder, file));
        }
    }

    private string Folder(string name)
    {
        var folder = Path.Combine(_tool.Work, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The `privacy render …*.dll …` commands of a Markdown file (inline code or a line of a code block).</summary>
    private static List<string> GlobRenderCommands(string markdownFile)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, markdownFile));
        var commands = Regex.Matches(text, @"privacy render [^`\n]*\*\.dll[^`\n]*")
            .Select(m => m.Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(commands.Count > 0, $"{markdownFile} shows no `privacy render …*.dll` command any more; this test reads them from there.");
        return commands;
    }

    /// <summary>Runs a documented command line as written, with the installed tool first on PATH.</summary>
    private ProcessResult Shell(string folder, string commandLine) =>
        ProcessRunner.Run(
            "/bin/sh",
            ["-c", commandLine],
            folder,
            new Dictionary<string, string> { ["PATH"] = Path.GetDirectoryName(_tool.Command) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") });

    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/outputs.md")]
    public void Documented_glob_commands_work_on_a_consumer_bin_folder(string markdownFile)
    {
        foreach (var command in GlobRenderCommands(markdownFile))
        {
            var folder = Folder("documented-" + Path.GetFileNameWithoutExtension(markdownFile) + "-" + Math.Abs(StringComparer.Ordinal.GetHashCode(command)));
            WriteBinFolder(Path.Combine(folder, "bin", "Release", "net10.0"), "Shop", TestAssemblies.Shop());
            WriteBinFolder(Path.Combine(folder, "src", "Shop", "bin", "Release", "net10.0"), "Shop", TestAssemblies.Shop());
            WriteBinFolder(Path.Combine(folder, "src", "Newsletter", "bin", "Release", "net10.0"), "Newsletter", TestAssemblies.Newsletter());

            var result = Shell(folder, command);

            Assert.True(result.ExitCode == 0, $"`{command}` ({markdownFile}) in {folder}: {result}");
            var output = Regex.Match(command, @"-o (\S+)").Groups[1].Value;
            Assert.True(File.Exists(Path.Combine(folder, output)), $"`{command}` wrote no {output}: {result}");
            Assert.Contains("Customer", File.ReadAllText(Path.Combine(folder, output)), StringComparison.Ordinal);
            foreach (var skipped in PackageAssemblies)
            {
                Assert.Matches($@"(?m)^privacy: skipped \S*{Regex.Escape(skipped)}: the assembly has no privacy inventory", result.StandardError);
            }
        }
    }

    [Fact]
    public void A_folder_renders_like_its_assemblies_and_the_skipped_ones_are_named()
    {
        var bin = Path.Combine(Folder("folder"), "bin");
        WriteBinFolder(bin, "Shop", TestAssemblies.Shop());

        var fromFolder = _tool.Privacy("render", bin, "--format", "json");
        var fromShop = _tool.Privacy("render", Path.Combine(bin, "Shop.dll"), "--format", "json");

        Assert.True(fromFolder.ExitCode == 0, fromFolder.ToString());
        Assert.Equal(fromShop.StandardOutput, fromFolder.StandardOutput);
        Assert.Equal(
            PackageAssemblies.Select(f => $"privacy: skipped {Path.Combine(bin, f)}: the assembly has no privacy inventory (no [PersonalData] members, or built without the PrivacyAnalyzers generator).").ToArray(),
            fromFolder.StandardError.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Only_assemblies_without_an_inventory_is_an_error_naming_each()
    {
        var bin = Folder("none");
        foreach (var file in PackageAssemblies)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(bin, file));
        }

        var paths = PackageAssemblies.Select(f => Path.Combine(bin, f)).ToArray();
        var result = _tool.Privacy(["render", .. paths, "--format", "md"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.StandardOutput);
        var lines = result.StandardError.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"privacy: skipped {paths[0]}: the assembly has no privacy inventory", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"privacy: skipped {paths[1]}: the assembly has no privacy inventory", lines[1], StringComparison.Ordinal);
        Assert.Equal($"privacy: error: {string.Join(", ", paths)}: none of the 2 assemblies has a privacy inventory.", lines[2]);
    }

    [Fact]
    public void A_missing_file_among_several_is_still_an_error()
    {
        var bin = Path.Combine(Folder("missing"), "bin");
        WriteBinFolder(bin, "Shop", TestAssemblies.Shop());
        var missing = Path.Combine(bin, "Gone.dll");

        var result = _tool.Privacy("render", Path.Combine(bin, "Shop.dll"), missing);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal($"privacy: error: {missing}: file not found." + Environment.NewLine, result.StandardError);
    }

    [Theory]
    [InlineData("json", "--lang", "ro")]
    [InlineData("json", "--texts", "privacy-texts.ro.json")]
    [InlineData("fides", "--lang", "ro")]
    [InlineData("fides", "--texts", "privacy-texts.ro.json")]
    public void A_language_option_with_a_language_neutral_format_is_an_error(string format, string option, string value)
    {
        var bin = Path.Combine(Folder("neutral-options-" + format + option.TrimStart('-')), "bin");
        WriteBinFolder(bin, "Shop", TestAssemblies.Shop());

        var result = _tool.Privacy("render", Path.Combine(bin, "Shop.dll"), "--format", format, option, value);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.Equal($"privacy: error: {option} does not apply to --format {format} (it is language-neutral); it applies to md, csv, processor-csv and html." + Environment.NewLine, result.StandardError);
    }

    [Fact]
    public void A_fides_map_with_another_format_is_an_error()
    {
        var bin = Path.Combine(Folder("fides-map-md"), "bin");
        WriteBinFolder(bin, "Shop", TestAssemblies.Shop());

        var result = _tool.Privacy("render", Path.Combine(bin, "Shop.dll"), "--format", "md", "--fides-map", "map.json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(string.Empty, result.StandardOutput);
        Assert.Equal("privacy: error: --fides-map applies only to --format fides." + Environment.NewLine, result.StandardError);
    }
}
