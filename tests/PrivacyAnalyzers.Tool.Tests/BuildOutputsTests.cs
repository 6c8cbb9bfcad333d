using System.IO;
using PrivacyAnalyzers.Inventory;
using PrivacyAnalyzers.Reporting;

namespace PrivacyAnalyzers.Tool.Tests;

/// <summary>
/// The build outputs through <c>dotnet build</c>: a project that imports the targets (as the package and
/// <c>samples/Directory.Build.targets</c> do) with the task built in this repository. Until the generator lands, the
/// project embeds its inventory with the attribute the generator will emit.
/// </summary>
public sealed class BuildOutputsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "privacy-build-e2e-" + Guid.NewGuid().ToString("N"));

    public BuildOutputsTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string TaskAssembly => Repository.Source("PrivacyAnalyzers.Build", "bin", Repository.Configuration, "net8.0", "PrivacyAnalyzers.Build.dll");

    private static string Targets => Repository.Source("PrivacyAnalyzers.Build", "buildTransitive", "PrivacyAnalyzers.Build.targets");

    private string OutputFolder => Path.Combine(_folder, "bin", "Debug", "net10.0", "privacy");

    private void WriteProject(PrivacyInventory? inventory, string extraSource = "", string properties = "", string? targets = null)
    {
        var runtime = typeof(PrivacyInventoryJsonAttribute).Assembly.Location;
        var task = targets is null
            ? $"<PrivacyAnalyzersBuildTaskAssembly>{TaskAssembly}</PrivacyAnalyzersBuildTaskAssembly><PrivacyAnalyzersBuildTaskFactory>TaskHostFactory</PrivacyAnalyzersBuildTaskFactory>"
            : string.Empty;
        File.WriteAllText(Path.Combine(_folder, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                {task}
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{runtime}" />
              </ItemGroup>
              <Import Project="{targets ?? Targets}" />
            </Project>
            """);
        var attribute = inventory is null
            ? string.Empty
            : $"[assembly: PrivacyAnalyzers.Inventory.PrivacyInventoryJson({Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(InventoryJson.ToJson(inventory), quote: true)})]";
        File.WriteAllText(Path.Combine(_folder, "App.cs"), attribute + "\npublic static class App { }\n" + extraSource);
    }

    private ProcessResult Build(params string[] extra)
    {
        var result = ProcessRunner.Dotnet(_folder, new[] { "build", "App.csproj", "-c", "Debug", "-nologo", "-v:n" }.Concat(extra).ToArray());
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" 0 Warning(s)", result.StandardOutput, StringComparison.Ordinal);
        return result;
    }

    [Fact]
    public void Build_writes_the_five_files_and_does_nothing_when_nothing_changed()
    {
        WriteProject(TestAssemblies.Shop());
        var first = Build();

        Assert.Contains("PrivacyAnalyzers: 2 personal-data member(s) of Shop", first.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(PrivacyReport.BuildFileNames.OrderBy(n => n, StringComparer.Ordinal), Directory.GetFiles(OutputFolder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(PrivacyReport.Render(TestAssemblies.Shop(), ReportFormat.Markdown, ReportLanguage.Romanian), File.ReadAllText(Path.Combine(OutputFolder, "privacy-policy.ro.md")));
        Assert.Equal(PrivacyReport.Render(TestAssemblies.Shop(), ReportFormat.Markdown, ReportLanguage.English), File.ReadAllText(Path.Combine(OutputFolder, "privacy-policy.en.md")));
        Assert.Equal(InventoryJson.ToJson(TestAssemblies.Shop()), InventoryJson.ToJson(InventoryJson.Parse(File.ReadAllText(Path.Combine(OutputFolder, "inventory.json")))));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(OutputFolder, "records-of-processing.csv")).Take(3));

        // The Romanian record too, semicolon-separated so that Excel in a Romanian locale opens it as columns.
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(Path.Combine(OutputFolder, "records-of-processing.ro.csv")).Take(3));
        var romanianRecord = File.ReadAllText(Path.Combine(OutputFolder, "records-of-processing.ro.csv"));
        Assert.Equal(PrivacyReport.Render(TestAssemblies.Shop(), ReportFormat.Csv, ReportLanguage.Romanian), romanianRecord);
        Assert.StartsWith("Activitatea de prelucrare;Categorii de persoane vizate;", romanianRecord, StringComparison.Ordinal);
        var written = Directory.GetFiles(OutputFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var second = Build("-v:d");
        Assert.Contains("Skipping target \"PrivacyWriteOutputs\" because all output files are up-to-date", second.StandardOutput, StringComparison.Ordinal);
        Assert.All(written, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));

        // A code change that leaves the inventory as it was rebuilds the assembly but rewrites no file.
        WriteProject(TestAssemblies.Shop(), "public static class More { }");
        var third = Build();
        Assert.Contains("(0 file(s) updated)", third.StandardOutput, StringComparison.Ordinal);
        Assert.All(written, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));

        // A new annotated member rewrites what changed.
        WriteProject(TestAssemblies.Shop(withPhone: true), "public static class More { }");
        Build();
        Assert.Contains("număr de telefon", File.ReadAllText(Path.Combine(OutputFolder, "privacy-policy.ro.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_processor_record_is_written_while_data_is_processed_on_behalf_of_another_controller_and_removed_after()
    {
        // The same shop, processing its customers' data on behalf of a marketplace (Art. 28).
        var shop = TestAssemblies.Shop();
        var processor = new PrivacyInventory(
            shop.Assembly,
            shop.Controller,
            new[] { new InventorySubject("Customer", "Shop.Customer", null, processedOnBehalfOf: "The marketplace operator") },
            shop.DeclaredCategories,
            shop.Entries);
        WriteProject(processor);
        Build();

        Assert.Equal(
            PrivacyReport.BuildFileNames.Concat(PrivacyReport.ProcessorRecordFileNames).OrderBy(n => n, StringComparer.Ordinal),
            Directory.GetFiles(OutputFolder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        var romanian = File.ReadAllBytes(Path.Combine(OutputFolder, "records-of-processing-processor.ro.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, romanian.Take(3));
        Assert.Equal(PrivacyReport.Render(processor, ReportFormat.ProcessorCsv, ReportLanguage.Romanian), System.Text.Encoding.UTF8.GetString(romanian, 3, romanian.Length - 3));
        Assert.Contains("The marketplace operator", File.ReadAllText(Path.Combine(OutputFolder, "records-of-processing-processor.csv")), StringComparison.Ordinal);

        // Once the data is the project's own again, the processor's record is gone.
        WriteProject(shop);
        Build();
        Assert.Equal(PrivacyReport.BuildFileNames.Count, Directory.GetFiles(OutputFolder).Length);
    }

    [Fact]
    public void In_the_package_layout_the_task_loads_in_process_from_tasks_net8_0()
    {
        // What the package ships: buildTransitive/PrivacyAnalyzers.Build.targets and tasks/net8.0/ with the task and
        // its dependencies; no property set by the project.
        var package = Path.Combine(_folder, "package");
        Directory.CreateDirectory(Path.Combine(package, "buildTransitive"));
        Directory.CreateDirectory(Path.Combine(package, "tasks", "net8.0"));
        File.Copy(Targets, Path.Combine(package, "buildTransitive", "PrivacyAnalyzers.Build.targets"));
        foreach (var dll in Directory.GetFiles(Path.GetDirectoryName(TaskAssembly)!, "*.dll"))
        {
            File.Copy(dll, Path.Combine(package, "tasks", "net8.0", Path.GetFileName(dll)));
        }

        WriteProject(TestAssemblies.Shop(), targets: Path.Combine(package, "buildTransitive", "PrivacyAnalyzers.Build.targets"));
        Build();

        Assert.Equal(PrivacyReport.BuildFileNames.Count, Directory.GetFiles(OutputFolder).Length);
    }

    [Fact]
    public void Deleting_the_folder_regenerates_it_on_the_next_build()
    {
        WriteProject(TestAssemblies.Shop());
        Build();
        Directory.Delete(OutputFolder, recursive: true);

        Build();

        Assert.Equal(PrivacyReport.BuildFileNames.Count, Directory.GetFiles(OutputFolder).Length);
    }

    [Fact]
    public void The_outputs_can_be_switched_off_or_moved()
    {
        WriteProject(TestAssemblies.Shop(), properties: "<PrivacyOutputEnabled>false</PrivacyOutputEnabled>");
        Build();
        Assert.False(Directory.Exists(OutputFolder));

        WriteProject(TestAssemblies.Shop(), properties: "<PrivacyAnalyzersEnabled>false</PrivacyAnalyzersEnabled>");
        Build();
        Assert.False(Directory.Exists(OutputFolder));

        WriteProject(TestAssemblies.Shop(), properties: "<PrivacyOutputPath>$(MSBuildProjectDirectory)/legal</PrivacyOutputPath>");
        Build();
        Assert.Equal(PrivacyReport.BuildFileNames.Count, Directory.GetFiles(Path.Combine(_folder, "legal")).Length);
        Assert.False(Directory.Exists(OutputFolder));
    }

    [Fact]
    public void An_assembly_without_an_inventory_builds_without_warnings_or_files()
    {
        WriteProject(null);

        var result = Build("-v:d");

        Assert.Contains("has no privacy inventory (no annotated personal data); no privacy files written.", result.StandardOutput, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutputFolder) && Directory.GetFiles(OutputFolder).Length > 0);
    }

    [Fact]
    public void Project_texts_translate_the_romanian_policy()
    {
        WriteProject(TestAssemblies.Shop());
        File.WriteAllText(Path.Combine(_folder, "privacy-texts.ro.json"), "{ \"Delivering orders\": \"Livrarea comenzilor\", \"Customer\": \"Clienți\" }");

        Build();

        var policy = File.ReadAllText(Path.Combine(OutputFolder, "privacy-policy.ro.md"));
        Assert.Contains("- **Livrarea comenzilor** — ", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("Netraduse", policy, StringComparison.Ordinal);
    }
}
