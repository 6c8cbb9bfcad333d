using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Build;

/// <summary>
/// Reads the inventory embedded in a built assembly and writes <c>inventory.json</c>, <c>privacy-policy.en.md</c>,
/// <c>privacy-policy.ro.md</c>, <c>records-of-processing.csv</c> (English, comma-separated) and
/// <c>records-of-processing.ro.csv</c> (Romanian, semicolon-separated) into <see cref="OutputDirectory"/>. A file is
/// written only when its content changed. An assembly without an inventory is not an error: the task says so at low
/// importance and writes nothing (and removes files an earlier build left there).
/// </summary>
public sealed class WritePrivacyOutputs : Task
{
    /// <summary>The built assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>The folder to write into (<c>$(PrivacyOutputPath)</c>).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>Optional translations of the annotations' free text into English (<c>privacy-texts.en.json</c>).</summary>
    public string? TextsEn { get; set; }

    /// <summary>Optional translations of the annotations' free text into Romanian (<c>privacy-texts.ro.json</c>).</summary>
    public string? TextsRo { get; set; }

    /// <summary>A file that records the files written, for the target's incremental check (one full path a line).</summary>
    public string? StampFile { get; set; }

    /// <summary>The files that now hold the outputs (written or already up to date).</summary>
    [Output]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <inheritdoc />
    public override bool Execute()
    {
        string? json;
        try
        {
            json = AssemblyInventoryReader.ReadJson(Assembly);
        }
        catch (InventoryLoadException exception)
        {
            Log.LogError(null, "PRIVBUILD001", null, Assembly, 0, 0, 0, 0, "Cannot read the privacy inventory: {0}", exception.Message);
            return false;
        }

        var directory = Path.GetFullPath(OutputDirectory);
        if (json is null)
        {
            Log.LogMessage(MessageImportance.Low, "PrivacyAnalyzers: {0} has no privacy inventory (no annotated personal data); no privacy files written.", Assembly);
            RemoveStale(directory);
            WriteStamp(Array.Empty<string>());
            return true;
        }

        PrivacyInventory inventory;
        try
        {
            inventory = InventoryJson.Parse(json, Assembly);
        }
        catch (InventoryFormatException exception)
        {
            Log.LogError(null, "PRIVBUILD002", null, Assembly, 0, 0, 0, 0, "The privacy inventory embedded in the assembly cannot be read: {0}", exception.Message);
            return false;
        }

        TextTranslations? en;
        TextTranslations? ro;
        try
        {
            en = string.IsNullOrWhiteSpace(TextsEn) ? null : TextTranslations.Load(TextsEn!);
            ro = string.IsNullOrWhiteSpace(TextsRo) ? null : TextTranslations.Load(TextsRo!);
        }
        catch (InventoryLoadException exception)
        {
            Log.LogError(null, "PRIVBUILD004", null, exception.Path, 0, 0, 0, 0, "Cannot read the privacy texts: {0}", exception.Message);
            return false;
        }

        var outputs = new (string Name, string Content, bool Bom)[]
        {
            ("inventory.json", PrivacyReport.Render(inventory, ReportFormat.Json, ReportLanguage.English), false),
            ("privacy-policy.en.md", PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.English, en), false),
            ("privacy-policy.ro.md", PrivacyReport.Render(inventory, ReportFormat.Markdown, ReportLanguage.Romanian, ro), false),
            ("records-of-processing.csv", PrivacyReport.Render(inventory, ReportFormat.Csv, ReportLanguage.English, en), true),
            ("records-of-processing.ro.csv", PrivacyReport.Render(inventory, ReportFormat.Csv, ReportLanguage.Romanian, ro), true),
        }.ToList();

        // The processor's record (Art. 30(2)) exists only where data is processed on behalf of another controller.
        var processorRecord = ProcessorRecord.Applies(inventory);
        if (processorRecord)
        {
            outputs.Add((PrivacyReport.ProcessorRecordFileNames[0], PrivacyReport.Render(inventory, ReportFormat.ProcessorCsv, ReportLanguage.English, en), true));
            outputs.Add((PrivacyReport.ProcessorRecordFileNames[1], PrivacyReport.Render(inventory, ReportFormat.ProcessorCsv, ReportLanguage.Romanian, ro), true));
        }

        var files = new List<ITaskItem>();
        var paths = new List<string>();
        var written = 0;
        try
        {
            Directory.CreateDirectory(directory);
            if (!processorRecord)
            {
                RemoveFiles(directory, PrivacyReport.ProcessorRecordFileNames);
            }

            foreach (var (name, content, bom) in outputs)
            {
                var path = Path.Combine(directory, name);
                if (WriteIfChanged(path, content, bom))
                {
                    written++;
                }

                files.Add(new TaskItem(path));
                paths.Add(path);
            }
        }
        catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
        {
            Log.LogError(null, "PRIVBUILD003", null, directory, 0, 0, 0, 0, "Cannot write the privacy files: {0}", exception.Message);
            return false;
        }

        Files = files.ToArray();
        WriteStamp(paths);
        Log.LogMessage(
            MessageImportance.Normal,
            "PrivacyAnalyzers: {0} personal-data member(s) of {1} -> {2} ({3} file(s) updated).",
            inventory.Entries.Count,
            inventory.Assembly,
            directory,
            written);
        return true;
    }

    private static bool WriteIfChanged(string path, string content, bool bom)
    {
        var bytes = new UTF8Encoding(bom).GetPreamble();
        var body = Encoding.UTF8.GetBytes(content);
        var all = new byte[bytes.Length + body.Length];
        Buffer.BlockCopy(bytes, 0, all, 0, bytes.Length);
        Buffer.BlockCopy(body, 0, all, bytes.Length, body.Length);
        if (File.Exists(path) && Equal(File.ReadAllBytes(path), all))
        {
            return false;
        }

        File.WriteAllBytes(path, all);
        return true;
    }

    private static bool Equal(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

    private void RemoveStale(string directory) => RemoveFiles(directory, PrivacyReport.BuildFileNames.Concat(PrivacyReport.ProcessorRecordFileNames));

    private void RemoveFiles(string directory, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                File.Delete(path);
                Log.LogMessage(MessageImportance.Low, "PrivacyAnalyzers: removed {0}, left by an earlier build of an assembly that had an inventory.", path);
            }
        }
    }

    private void WriteStamp(IReadOnlyList<string> paths)
    {
        if (string.IsNullOrEmpty(StampFile))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
        File.WriteAllText(StampFile, string.Join("\n", paths) + "\n");
    }
}
