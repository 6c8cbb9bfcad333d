using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PrivacyAnalyzers.Reporting;

/// <summary>Writes an <see cref="InventoryDiff"/> as Markdown (for a reviewer) or JSON (for a pipeline).</summary>
public static class DiffWriter
{
    /// <summary>The diff as Markdown.</summary>
    public static string ToMarkdown(InventoryDiff diff)
    {
        var builder = new StringBuilder();
        builder.Append("# Personal data changes\n\n");
        builder.Append("Old: ").Append(MarkdownWriter.Escape(diff.OldName)).Append("  \nNew: ").Append(MarkdownWriter.Escape(diff.NewName)).Append("\n\n");
        if (diff.Changes.Count == 0)
        {
            builder.Append("No differences in personal data.\n");
            return builder.ToString();
        }

        builder.Append(diff.NeedsReview
            ? "**Legal review needed:** personal data was added or its processing was widened.\n"
            : "No personal data was added and no processing was widened.\n");

        Section(builder, diff, ChangeKind.Added, "Added");
        Section(builder, diff, ChangeKind.Widened, "Widened");
        Section(builder, diff, ChangeKind.Removed, "Removed");
        Section(builder, diff, ChangeKind.Narrowed, "Narrowed");
        Section(builder, diff, ChangeKind.Changed, "Other changes");
        return builder.ToString();
    }

    /// <summary>The diff as indented JSON (LF line endings).</summary>
    public static string ToJson(InventoryDiff diff)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("old", diff.OldName);
            writer.WriteString("new", diff.NewName);
            writer.WriteBoolean("needsReview", diff.NeedsReview);
            writer.WriteNumber("exitCode", diff.ExitCode);
            writer.WriteStartArray("changes");
            foreach (var change in diff.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", change.Kind.ToString());
                writer.WriteString("member", change.Subject);
                Nullable(writer, "field", change.Field);
                Nullable(writer, "old", change.OldValue);
                Nullable(writer, "new", change.NewValue);
                writer.WriteString("summary", change.Summary);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Section(StringBuilder builder, InventoryDiff diff, ChangeKind kind, string title)
    {
        var changes = diff.Changes.Where(c => c.Kind == kind).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        builder.Append("\n## ").Append(title).Append(" (").Append(changes.Count).Append(")\n\n");
        foreach (var change in changes)
        {
            builder.Append("- `").Append(change.Subject.Replace("`", "'")).Append("`: ").Append(MarkdownWriter.Escape(change.Summary)).Append('\n');
        }
    }

    private static void Nullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
