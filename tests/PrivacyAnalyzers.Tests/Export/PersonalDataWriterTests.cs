using System.IO;
using System.Text;
using PrivacyAnalyzers.Export;
using PrivacyAnalyzers.Tests.Generator;

namespace PrivacyAnalyzers.Tests.Export;

/// <summary>The format writers on their own: escaping rules a user relies on when opening the files.</summary>
public sealed class PersonalDataWriterTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+40 721", "'+40 721")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("plain", "plain")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Csv_text_cells_that_a_spreadsheet_would_run_get_a_leading_apostrophe(string value, string cell)
    {
        var records = ExportFlattener.CsvRecords(Write(ExportFormat.Csv, w => w.WriteString("Note", "Misc", value)));
        Assert.Equal(cell, Assert.Single(records)[2]);
    }

    [Fact]
    public void Csv_quotes_cells_with_commas_quotes_and_line_breaks_and_ends_records_with_crlf()
    {
        var bytes = Write(ExportFormat.Csv, w =>
        {
            w.WriteString("A", "Misc", "x,y");
            w.WriteString("B", "Misc", "say \"hi\"");
            w.WriteString("C", "Misc", "line1\nline2");
            w.WriteString("D", "Misc", "\rstarts with CR");
            w.WriteNumber("E", "Misc", -1.5);
        });
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(
            "path,category,value\r\nA,Misc,\"x,y\"\r\nB,Misc,\"say \"\"hi\"\"\"\r\nC,Misc,\"line1\nline2\"\r\nD,Misc,\"'\rstarts with CR\"\r\nE,Misc,-1.5\r\n",
            text);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("x,y")]
    [InlineData("say \"hi\"")]
    [InlineData("line1\nline2")]
    [InlineData("\rstarts with CR")]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+40 721, ext. 2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("a=b")]
    [InlineData("")]
    [InlineData("ș ț ă î â")]
    public void Csv_text_cells_are_written_as_the_records_of_processing_write_them(string value)
    {
        // One cell writer (src/Shared/CsvField.cs) for the export and Reporting's CSV: the same text gives the same cell.
        var bytes = Write(ExportFormat.Csv, w => w.WriteString("A", "Misc", value));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal("path,category,value\r\nA,Misc," + PrivacyAnalyzers.Reporting.Csv.Field(value) + "\r\n", text);
    }

    [Fact]
    public void Csv_paths_name_nested_objects_and_collection_items()
    {
        var records = ExportFlattener.CsvRecords(Write(ExportFormat.Csv, w =>
        {
            w.WriteStartCollection("Orders");
            w.WriteStartObject(null);
            w.WriteNumber("Total", "T", 1L);
            w.WriteStartCollection("Tags");
            w.WriteString(null, "T", "a");
            w.WriteString(null, "T", "b");
            w.WriteEndCollection();
            w.WriteEndObject();
            w.WriteStartObject(null);
            w.WriteNull("Total", "T");
            w.WriteEndObject();
            w.WriteEndCollection();
        }));
        Assert.Equal(new[] { "Orders[0].Total", "Orders[0].Tags[0]", "Orders[0].Tags[1]", "Orders[1].Total" }, records.Select(r => r[0]));
    }

    [Fact]
    public void Xml_replaces_characters_xml_forbids_and_encodes_invalid_names()
    {
        var bytes = Write(ExportFormat.Xml, w =>
        {
            w.WriteString("Text", "Misc", "a\u0000b\u0008c\uFFFEd\uDC00e\t\r\n😀");
            w.WriteString("Ünïcode_Name", "Misc", "ok");
        });
        var xml = ExportFlattener.Xml(bytes);
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\t\r\n😀", xml["Text"]);
        Assert.Equal("ok", xml["Ünïcode_Name"]);
    }

    [Fact]
    public void Json_writes_typed_numbers_booleans_and_nan_as_text()
    {
        var json = Encoding.UTF8.GetString(Write(ExportFormat.Json, w =>
        {
            w.WriteNumber("I", null, long.MinValue);
            w.WriteNumber("U", null, ulong.MaxValue);
            w.WriteNumber("D", null, double.NaN);
            w.WriteNumber("F", null, float.PositiveInfinity);
            w.WriteNumber("M", null, 0.10m);
            w.WriteBoolean("B", null, false);
        }));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var data = document.RootElement.GetProperty("data");
        Assert.Equal(long.MinValue, data.GetProperty("I").GetInt64());
        Assert.Equal(ulong.MaxValue, data.GetProperty("U").GetUInt64());
        Assert.Equal("NaN", data.GetProperty("D").GetString());
        Assert.Equal("Infinity", data.GetProperty("F").GetString());
        Assert.Equal("0.10", data.GetProperty("M").GetRawText());
        Assert.False(data.GetProperty("B").GetBoolean());
    }

    [Fact]
    public void TryEnter_admits_each_object_once_by_reference()
    {
        using var writer = PersonalDataWriter.Create(new MemoryStream(), ExportFormat.Json, ExportScope.Access);
        var a = new string('x', 3);
        var b = new string('x', 3);
        Assert.True(writer.TryEnter(a));
        Assert.True(writer.TryEnter(b)); // equal, but another object
        Assert.False(writer.TryEnter(a));
    }

    [Fact]
    public void Disposing_the_writer_leaves_the_stream_open()
    {
        var stream = new MemoryStream();
        foreach (var format in new[] { ExportFormat.Json, ExportFormat.Csv, ExportFormat.Xml })
        {
            using (var writer = PersonalDataWriter.Create(stream, format, ExportScope.Access))
            {
                writer.WriteStartSubject("S", "T");
                writer.WriteEndSubject();
            }

            Assert.True(stream.CanWrite);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ro-RO")]
    [InlineData("ar-SA")]
    public void Formatting_does_not_depend_on_the_current_culture(string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            var csv = ExportFlattener.Csv(Write(ExportFormat.Csv, w =>
            {
                w.WriteNumber("D", null, 1234.5);
                w.WriteNumber("M", null, -0.25m);
                w.WriteString("T", null, PersonalDataFormat.FromDateTime(new DateTime(2024, 2, 29, 13, 5, 0, DateTimeKind.Utc)));
                w.WriteString("S", null, PersonalDataFormat.FromTimeSpan(TimeSpan.FromHours(26.5)));
            }));
            Assert.Equal(new Dictionary<string, string> { ["D"] = "1234.5", ["M"] = "-0.25", ["T"] = "2024-02-29T13:05:00.0000000Z", ["S"] = "P1DT2H30M" }, csv);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xml)]
    public void The_shared_helpers_for_missing_values_write_the_same_bytes_as_the_null_checks_exporters_had(ExportFormat format)
    {
        // The generated exporters call these helpers instead of expanding a null check each (issue 14): an export must
        // stay byte-identical, with and without a value.
        var when = new DateTime(2024, 2, 29, 13, 5, 0, DateTimeKind.Utc);
        var offset = new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(3));
        var guid = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        var expanded = Write(format, w =>
        {
            foreach (var present in new[] { true, false })
            {
                if (present) { w.WriteNumber("L", "C", -5L); } else { w.WriteNull("L", "C"); }
                if (present) { w.WriteNumber("U", "C", 7UL); } else { w.WriteNull("U", "C"); }
                if (present) { w.WriteNumber("F", "C", 1.5f); } else { w.WriteNull("F", "C"); }
                if (present) { w.WriteNumber("D", "C", double.NaN); } else { w.WriteNull("D", "C"); }
                if (present) { w.WriteNumber("M", "C", -0.25m); } else { w.WriteNull("M", "C"); }
                if (present) { w.WriteBoolean("B", "C", true); } else { w.WriteNull("B", "C"); }
                if (present) { w.WriteString("Y", "C", PersonalDataFormat.FromBytes(new byte[] { 1, 2, 250 })); } else { w.WriteNull("Y", "C"); }
                if (present) { w.WriteString("T", "C", PersonalDataFormat.FromDateTime(when)); } else { w.WriteNull("T", "C"); }
                if (present) { w.WriteString("O", "C", PersonalDataFormat.FromDateTimeOffset(offset)); } else { w.WriteNull("O", "C"); }
                if (present) { w.WriteString("S", "C", PersonalDataFormat.FromTimeSpan(TimeSpan.FromHours(26.5))); } else { w.WriteNull("S", "C"); }
                if (present) { w.WriteString("G", "C", PersonalDataFormat.FromGuid(guid)); } else { w.WriteNull("G", "C"); }
                if (present) { w.WriteString("H", "C", PersonalDataFormat.FromChar('x')); } else { w.WriteNull("H", "C"); }
                if (present) { w.WriteString("I", "C", PersonalDataFormat.FromFormattable(12.5m)); } else { w.WriteNull("I", "C"); }
                var item = present ? new object() : null;
                if (item is null) { w.WriteNull("Obj", "C"); } else if (w.TryStartObject("Obj", "C", item)) { w.WriteString("In", "C", "x"); w.EndObject(); }
                var list = present ? new[] { "a" } : null;
                if (list is null) { w.WriteNull("List", "C"); } else if (w.TryStartCollection("List", "C")) { foreach (var e in list) { w.WriteString(null, "C", e); } w.EndCollection(); }
            }
        });
        var shared = Write(format, w =>
        {
            foreach (var present in new[] { true, false })
            {
                w.WriteNumber("L", "C", present ? -5L : (long?)null);
                w.WriteNumber("U", "C", present ? 7UL : (ulong?)null);
                w.WriteNumber("F", "C", present ? 1.5f : (float?)null);
                w.WriteNumber("D", "C", present ? double.NaN : (double?)null);
                w.WriteNumber("M", "C", present ? -0.25m : (decimal?)null);
                w.WriteBoolean("B", "C", present ? true : (bool?)null);
                w.WriteBytes("Y", "C", present ? new byte[] { 1, 2, 250 } : null);
                w.WriteString("T", "C", PersonalDataFormat.FromDateTime(present ? when : (DateTime?)null));
                w.WriteString("O", "C", PersonalDataFormat.FromDateTimeOffset(present ? offset : (DateTimeOffset?)null));
                w.WriteString("S", "C", PersonalDataFormat.FromTimeSpan(present ? TimeSpan.FromHours(26.5) : (TimeSpan?)null));
                w.WriteString("G", "C", PersonalDataFormat.FromGuid(present ? guid : (Guid?)null));
                w.WriteString("H", "C", PersonalDataFormat.FromChar(present ? 'x' : (char?)null));
                w.WriteString("I", "C", PersonalDataFormat.FromFormattable(present ? 12.5m : (decimal?)null));
                var item = present ? new object() : null;
                if (w.TryStartObjectOrNull("Obj", "C", item)) { w.WriteString("In", "C", "x"); w.EndObject(); }
                var list = present ? new[] { "a" } : null;
                if (w.TryStartCollectionOrNull("List", "C", list)) { foreach (var e in list) { w.WriteString(null, "C", e); } w.EndCollection(); }
            }
        });

        Assert.Equal(Encoding.UTF8.GetString(expanded), Encoding.UTF8.GetString(shared));
        Assert.Contains("AQL6", Encoding.UTF8.GetString(shared), StringComparison.Ordinal); // base64 of 1, 2, 250: the values were written
    }

    private static byte[] Write(ExportFormat format, Action<PersonalDataWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = PersonalDataWriter.Create(stream, format, ExportScope.Access))
        {
            writer.WriteStartSubject("Customer", "Shop.Customer");
            body(writer);
            writer.WriteEndSubject();
        }

        return stream.ToArray();
    }
}
