using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;
using PrivacyAnalyzers.Reporting.Fideslang;

namespace PrivacyAnalyzers.Tool;

/// <summary>
/// The <c>privacy</c> command line: <c>render</c> and <c>diff</c>. Exit codes: 0 success (diff: nothing added or
/// widened), 1 (diff only) personal data added or widened, 2 an error — one line on stderr naming the file and problem.
/// </summary>
internal static class PrivacyCommand
{
    public const int ErrorExitCode = 2;

    public static RootCommand Create(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Renders and diffs PrivacyAnalyzers inventories (inventory.json files or built assemblies) for the DPO and legal review.");
        root.Subcommands.Add(Render(stdout, stderr));
        root.Subcommands.Add(Diff(stdout, stderr));
        return root;
    }

    private static Command Render(TextWriter stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Inventory .json files, assemblies (.dll/.exe) or folders of assemblies; several are merged (a solution). Assemblies without an inventory are skipped (named on stderr).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "json (the inventory), md (privacy policy), csv (Art. 30(1) record), processor-csv (the processor's Art. 30(2) record), html (policy and record on one page), fides (fideslang system and dataset YAML for Fides).",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("json", "md", "markdown", "csv", "processor-csv", "html", "fides");
        var lang = new Option<string>("--lang", "-l")
        {
            Description = "en or ro (md, csv, processor-csv, html).",
            DefaultValueFactory = _ => "en",
        };
        lang.AcceptOnlyFromAmong("en", "ro");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var texts = new Option<string?>("--texts", "-t")
        {
            Description = "A JSON object translating the annotations' free text (purposes, descriptions, notes) into --lang, e.g. privacy-texts.ro.json.",
        };

        var fidesMap = new Option<string?>("--fides-map")
        {
            Description = "For --format fides: a JSON file mapping purposes to fideslang data uses and data subjects to fideslang data subjects (docs/outputs.md).",
        };

        var command = new Command("render", "Render one inventory, or several merged, as JSON, Markdown, CSV, HTML (English or Romanian) or fideslang YAML.")
        {
            inputs,
            format,
            lang,
            output,
            texts,
            fidesMap,
        };
        command.SetAction(result =>
        {
            var fides = string.Equals(result.GetValue(format), "fides", StringComparison.OrdinalIgnoreCase);
            PrivacyReport.TryParseFormat(result.GetValue(format), out var reportFormat);
            ReportLanguages.TryParse(result.GetValue(lang), out var language);
            // An option that would change nothing is a mistake to report, not to ignore: the inventory (json) and the
            // fideslang YAML are language-neutral, and the fides map means something only to the fides format.
            if (fides || reportFormat == ReportFormat.Json)
            {
                var formatName = fides ? "fides" : "json";
                foreach (var option in new Option[] { lang, texts })
                {
                    if (result.GetResult(option) is { Implicit: false })
                    {
                        stderr.WriteLine($"privacy: error: {option.Name} does not apply to --format {formatName} (it is language-neutral); it applies to md, csv, processor-csv and html.");
                        return ErrorExitCode;
                    }
                }
            }

            if (!fides && result.GetResult(fidesMap) is { Implicit: false })
            {
                stderr.WriteLine("privacy: error: --fides-map applies only to --format fides.");
                return ErrorExitCode;
            }

            return Run(stderr, () =>
            {
                var inventories = LoadInventories(result.GetValue(inputs)!, stderr);
                var table = result.GetValue(texts) is { } textsPath ? TextTranslations.Load(textsPath) : null;
                var merged = InventoryMerger.Merge(inventories);
                foreach (var warning in merged.Warnings)
                {
                    stderr.WriteLine("privacy: warning: " + warning);
                }

                if (fides)
                {
                    var mapping = result.GetValue(fidesMap) is { } mapPath ? FidesMapping.Load(mapPath) : FidesMapping.None;
                    Emit(stdout, result.GetValue(output), FidesWriter.Write(merged.Inventory, mapping), bom: false);
                    return 0;
                }

                var text = PrivacyReport.Render(merged.Inventory, reportFormat, language, table);
                Emit(stdout, result.GetValue(output), text, PrivacyReport.Utf8BomFor(reportFormat));
                return 0;
            });
        });
        return command;
    }

    /// <summary>
    /// Loads every input; a folder stands for its .dll and .exe files. An assembly that gives no inventory (a bin folder
    /// holds the package's own PrivacyAnalyzers.Annotations.dll and Runtime.dll, framework and library assemblies, native
    /// libraries) is skipped and named on stderr; it is an error only when no input gives one. Any other problem (a missing
    /// file, a bad inventory.json) is an error at once.
    /// </summary>
    private static List<PrivacyInventory> LoadInventories(IReadOnlyList<string> inputs, TextWriter stderr)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input)
                    .Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".exe", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    throw new InventoryLoadException(input, "the folder holds no .dll or .exe.");
                }

                paths.AddRange(files);
            }
            else
            {
                paths.Add(input);
            }
        }

        var inventories = new List<PrivacyInventory>();
        var skipped = new List<InventoryLoadException>();
        foreach (var path in paths)
        {
            try
            {
                inventories.Add(InventoryLoader.Load(path));
            }
            catch (InventoryLoadException exception) when (exception.NoInventoryInAssembly)
            {
                skipped.Add(exception);
            }
        }

        if (inventories.Count == 0)
        {
            if (skipped.Count == 1)
            {
                throw skipped[0];
            }

            foreach (var exception in skipped)
            {
                stderr.WriteLine("privacy: skipped " + exception.Message);
            }

            throw new InventoryLoadException(string.Join(", ", inputs), $"none of the {skipped.Count} assemblies has a privacy inventory.");
        }

        foreach (var exception in skipped)
        {
            stderr.WriteLine("privacy: skipped " + exception.Message);
        }

        return inventories;
    }

    private static Command Diff(TextWriter stdout, TextWriter stderr)
    {
        var oldInput = new Argument<string>("old") { Description = "The earlier release: inventory .json or assembly." };
        var newInput = new Argument<string>("new") { Description = "The later release: inventory .json or assembly." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "md (for a reviewer) or json (for a pipeline).",
            DefaultValueFactory = _ => "md",
        };
        format.AcceptOnlyFromAmong("md", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command(
            "diff",
            "List personal data added, removed, widened or narrowed between two releases. Exit code 1 when anything was added or widened (legal review needed), 0 otherwise, 2 on error.")
        {
            oldInput,
            newInput,
            format,
            output,
        };
        command.SetAction(result => Run(stderr, () =>
        {
            var oldPath = result.GetValue(oldInput)!;
            var newPath = result.GetValue(newInput)!;
            var before = InventoryLoader.Load(oldPath);
            var after = InventoryLoader.Load(newPath);
            var diff = InventoryDiff.Compare(before, after, $"{oldPath} ({before.Assembly})", $"{newPath} ({after.Assembly})");
            var json = string.Equals(result.GetValue(format), "json", StringComparison.OrdinalIgnoreCase);
            Emit(stdout, result.GetValue(output), json ? DiffWriter.ToJson(diff) : DiffWriter.ToMarkdown(diff), bom: false);
            return diff.ExitCode;
        }));
        return command;
    }

    private static int Run(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InventoryLoadException exception)
        {
            stderr.WriteLine("privacy: error: " + exception.Message);
            return ErrorExitCode;
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            stderr.WriteLine("privacy: error: " + exception.Message);
            return ErrorExitCode;
        }
    }

    private static void Emit(TextWriter stdout, string? path, string text, bool bom)
    {
        if (string.IsNullOrEmpty(path))
        {
            stdout.Write(text);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(full, text, new UTF8Encoding(bom));
    }
}
