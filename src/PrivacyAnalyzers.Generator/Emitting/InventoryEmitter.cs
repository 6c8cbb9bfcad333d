using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using PrivacyAnalyzers.Generator.Model;
using PrivacyAnalyzers.Generator.Parsing;

namespace PrivacyAnalyzers.Generator.Emitting;

/// <summary>
/// Emits the assembly's inventory: <c>[assembly: PrivacyInventoryJson(json)]</c> with the compact JSON (the one copy: tools
/// read it from metadata, the runtime from the attribute) and <c>PrivacyAnalyzers.Generated.{AssemblyName}.AssemblyPrivacyInventory</c>,
/// which reads it from there as text and as the typed inventory.
/// </summary>
internal static class InventoryEmitter
{
    public const string HintName = "PrivacyInventory.g.cs";
    public const string ClassName = "AssemblyPrivacyInventory";

    public static string Emit(InventoryModel inventory)
    {
        var json = InventoryRecords.CompactJson(inventory);
        var ns = NamespaceOf(inventory.Assembly.AssemblyName);
        var writer = new CodeWriter();
        GeneratedCode.Header(writer);
        writer.VerbatimLine("[assembly: global::PrivacyAnalyzers.Inventory.PrivacyInventoryJson(", json, ")]");
        writer.Line();
        writer.Open("namespace " + ns);
        writer.Line("/// <summary>");
        writer.Line("/// The personal-data inventory of this assembly, generated from its annotations: every annotated member with its");
        writer.Line("/// category, legal basis, retention, purposes, source and recipients (schema: docs/inventory-schema.md).");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Open("internal static class " + ClassName);
        writer.Line("private static global::PrivacyAnalyzers.Inventory.PrivacyInventory? s_inventory;");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// The inventory as compact JSON (schema version 2): the text of this assembly's <c>[PrivacyInventoryJson]</c> attribute,");
        writer.Line("/// the only copy the assembly holds, read from the attribute when asked.");
        writer.Line("/// </summary>");
        writer.Line("public static string Json => global::PrivacyAnalyzers.Inventory.InventoryJson.OfAssembly(typeof(" + ClassName + "));");
        writer.Line();
        writer.Line("/// <summary>The inventory as typed data (read once from <see cref=\"Json\"/>).</summary>");
        writer.Line("public static global::PrivacyAnalyzers.Inventory.PrivacyInventory Inventory =>");
        writer.Line("    s_inventory ?? (s_inventory = global::PrivacyAnalyzers.Inventory.InventoryJson.Parse(Json, " + SymbolNames.Literal(inventory.Assembly.AssemblyName) + "));");
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    // The JSON is written as a verbatim literal (CodeWriter.VerbatimLine: @"…", quotes doubled). The compact JSON has no
    // line break (the writer escapes every character C# or an editor reads as one), so the generated text stays the same on
    // every machine; a verbatim literal is cheaper for the compiler to read than the same text full of \" escapes.

    /// <summary><c>PrivacyAnalyzers.Generated.</c> + the assembly name with each dot-separated part made an identifier.</summary>
    public static string NamespaceOf(string assemblyName)
    {
        var builder = new StringBuilder("PrivacyAnalyzers.Generated");
        foreach (var part in assemblyName.Split('.'))
        {
            builder.Append('.');
            var identifier = new StringBuilder();
            foreach (var c in part)
            {
                identifier.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            }

            if (identifier.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
            {
                identifier.Insert(0, '_');
            }

            builder.Append(SymbolNames.Identifier(identifier.ToString()));
        }

        return builder.ToString();
    }
}
