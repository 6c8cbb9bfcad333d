using System.Reflection;
using System.Text;
using PrivacyAnalyzers.Export;

namespace PrivacyAnalyzers.Tests.Generator;

/// <summary>Compiles the shop and its generated exporters, exports a customer in every format and scope, reads the output back and compares values.</summary>
public sealed class ExportRoundTripTests
{
    private const string Notes = "=HYPERLINK(\"http://x\")\r\nemoji 😀, RTL שלום, ctrl \u0001, lone \uD800 end";

    private const string Probe = """
        using System;
        using System.IO;
        using PrivacyAnalyzers.Export;
        using Shop;
        using Shop.Loyalty;

        public static class Probe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope)
            {
                var c = new Customer
                {
                    Name = "Ștefan Țărănescu",
                    Email = "stefan@exemplu.ro",
                    Phone = "+40 721 000 000",
                    LastIp = "192.0.2.1",
                    Score = 0.1,
                    Cnp = "1800101221144",
                    CreditRating = "AA",
                    BirthDate = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                    Newsletter = true,
                    Age = null,
                    Token = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
                    PreferredDay = DayOfWeek.Friday,
                    LastLogin = new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(3)),
                    Avatar = new byte[] { 1, 2, 3 },
                    Notes = "=HYPERLINK(\"http://x\")\r\nemoji 😀, RTL שלום, ctrl \u0001, lone \uD800 end",
                };
                c.Points = -42;
                c.Ratio = 0.5f;
                c.Initial = 'Ș';
                c.Home = new Address { Street = "Str. Exemplu 1, \"Cluj\"", Internal = "SENTINEL-ADDRESS" };
                var o1 = new Order { Total = 12.50m, Note = "@SUM(A1)", Customer = c };
                o1.Lines.Add(new OrderLine("Carte", 987654));
                var o2 = new Order { Total = -3m, Note = null, Customer = c };
                c.Orders.Add(o1);
                c.Orders.Add(o2);
                c.Orders.Add(o1);
                c.OtherPhones.Add("-123");
                c.Preferences["lang"] = "ro";
                c.OrdersByNumber["SENTINEL-KEY"] = o2;
                c.Wrapped = new Wrapper<Address> { Value = new Address { Street = "Wrapped street", Internal = "SENTINEL-WRAPPED" } };
                CustomerPrivacyExporter.Export(c, stream, format, scope);
            }
        }

        public static class LongProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope)
            {
                var c = new Customer { Email = new string('a', 1_000_000) + "ă\"," };
                CustomerPrivacyExporter.Export(c, stream, format, scope);
            }
        }

        public static class EmptyProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope) =>
                CustomerPrivacyExporter.Export(new Customer(), stream, format, scope);
        }

        public static class MemberProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope) =>
                MemberPrivacyExporter.Export(new Member("ana@exemplu.ro", "Ana", 7) { Points = 120 }, stream, format, scope);
        }

        public static class GenericProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope) =>
                EnvelopeOf1PrivacyExporter.Export(new Envelope<string> { Owner = "Ion", Payload = "payload" }, stream, format, scope);
        }

        public static class NestedProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope) =>
                OuterGuestPrivacyExporter.Export(new Outer.Guest { Name = "Oaspete" }, stream, format, scope);
        }
        """;

    private static readonly Lazy<Assembly> Shop = new(() =>
        GeneratorRunner.Run(ShopSources.Model, ShopSources.Records, Probe).AssertCompilesClean().Load());

    private static Dictionary<string, string> ExpectedAccess() => new(StringComparer.Ordinal)
    {
        ["Age"] = "",
        ["Avatar"] = "AQID",
        ["BirthDate"] = "1980-01-01T00:00:00.0000000Z",
        ["Cnp"] = "1800101221144",
        ["CreditRating"] = "AA",
        ["Email"] = "stefan@exemplu.ro",
        ["Home.Street"] = "Str. Exemplu 1, \"Cluj\"",
        ["Initial"] = "Ș",
        ["LastIp"] = "192.0.2.1",
        ["LastLogin"] = "2024-05-01T10:30:00.0000000+03:00",
        ["Name"] = "Ștefan Țărănescu",
        ["Newsletter"] = "true",
        ["Notes"] = Notes.Replace('\uD800', '\uFFFD'),
        ["Orders[0].Customer"] = "(the data subject of this export)",
        ["Orders[0].Lines[0].Product"] = "Carte",
        ["Orders[0].Note"] = "@SUM(A1)",
        ["Orders[0].Total"] = "12.50",
        ["Orders[1].Customer"] = "(the data subject of this export)",
        ["Orders[1].Note"] = "",
        ["Orders[1].Total"] = "-3",
        ["Orders[2]"] = "(written above: the same object appears earlier in this export)",
        ["OrdersByNumber[0].Value"] = "(written above: the same object appears earlier in this export)",
        ["OtherPhones[0]"] = "-123",
        ["Phone"] = "+40 721 000 000",
        ["Points"] = "-42",
        ["Preferences[0].Key"] = "lang",
        ["Preferences[0].Value"] = "ro",
        ["PreferredDay"] = "Friday",
        ["Ratio"] = "0.5",
        ["Score"] = "0.1",
        ["Token"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
        ["Wrapped.Value.Street"] = "Wrapped street",
    };

    private static Dictionary<string, string> ExpectedPortability()
    {
        var expected = ExpectedAccess();
        // Links to a data subject are part of the access answer only (they are not data the subject provided).
        foreach (var excluded in new[] { "LastIp", "Score", "Cnp", "CreditRating", "Orders[0].Customer", "Orders[1].Customer" })
        {
            Assert.True(expected.Remove(excluded));
        }

        return expected;
    }

    public static IEnumerable<object[]> Scopes() => new[] { new object[] { ExportScope.Access }, new object[] { ExportScope.Portability } };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void Every_format_reads_back_to_exactly_the_annotated_data_of_the_scope(ExportScope scope)
    {
        var expected = scope == ExportScope.Access ? ExpectedAccess() : ExpectedPortability();

        var json = ExportFlattener.Json(Export(ExportFormat.Json, scope));
        var csv = ExportFlattener.Csv(Export(ExportFormat.Csv, scope));
        var xml = ExportFlattener.Xml(Export(ExportFormat.Xml, scope));

        AssertSame(expected, json, "JSON");
        AssertSame(expected, csv, "CSV");
        var expectedXml = new Dictionary<string, string>(expected, StringComparer.Ordinal) { ["Notes"] = expected["Notes"].Replace('\u0001', '\uFFFD') };
        AssertSame(expectedXml, xml, "XML");
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xml)]
    public void Unannotated_members_never_appear_in_any_export(ExportFormat format)
    {
        foreach (var scope in new[] { ExportScope.Access, ExportScope.Portability })
        {
            var text = Encoding.UTF8.GetString(Export(format, scope));
            Assert.DoesNotContain("SENTINEL", text, StringComparison.Ordinal);
            Assert.DoesNotContain("987654", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Quantity", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Portability_leaves_out_derived_third_party_legitimate_interest_and_legal_obligation_data()
    {
        var text = Encoding.UTF8.GetString(Export(ExportFormat.Json, ExportScope.Portability));
        Assert.DoesNotContain("192.0.2.1", text, StringComparison.Ordinal); // Observed, but legitimate interests
        Assert.DoesNotContain("1800101221144", text, StringComparison.Ordinal); // legal obligation
        Assert.DoesNotContain("\"AA\"", text, StringComparison.Ordinal); // third party
        Assert.DoesNotContain("Score", text, StringComparison.Ordinal); // derived
        Assert.Contains("\"scope\": \"Portability\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_neutralises_formulas_in_text_cells_but_not_numbers_and_quotes_per_rfc_4180()
    {
        var records = ExportFlattener.CsvRecords(Export(ExportFormat.Csv, ExportScope.Access)).ToDictionary(r => r[0], r => r, StringComparer.Ordinal);
        Assert.Equal("'=HYPERLINK(\"http://x\")\r\nemoji 😀, RTL שלום, ctrl \u0001, lone \uFFFD end", records["Notes"][2]);
        Assert.Equal("'@SUM(A1)", records["Orders[0].Note"][2]);
        Assert.Equal("'-123", records["OtherPhones[0]"][2]);
        Assert.Equal("'+40 721 000 000", records["Phone"][2]);
        Assert.Equal("-42", records["Points"][2]);
        Assert.Equal("-3", records["Orders[1].Total"][2]);
        Assert.Equal("Contact.Email", records["Email"][1]);

        var raw = Encoding.UTF8.GetString(Export(ExportFormat.Csv, ExportScope.Access));
        Assert.Contains("Home.Street,Contact.Address,\"Str. Exemplu 1, \"\"Cluj\"\"\"\r\n", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_stays_well_formed_with_control_characters_and_lone_surrogates_and_keeps_carriage_returns()
    {
        var xml = ExportFlattener.Xml(Export(ExportFormat.Xml, ExportScope.Access));
        Assert.Equal("=HYPERLINK(\"http://x\")\r\nemoji 😀, RTL שלום, ctrl \uFFFD, lone \uFFFD end", xml["Notes"]);
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xml)]
    public void A_one_megabyte_string_round_trips(ExportFormat format)
    {
        var bytes = GeneratorRunner.Export(Shop.Value, format, ExportScope.Access, "LongProbe");
        var values = Flatten(format, bytes);
        Assert.Equal(new string('a', 1_000_000) + "ă\",", values["Email"]);
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xml)]
    public void Empty_collections_and_null_members_export_without_error(ExportFormat format)
    {
        var values = Flatten(format, GeneratorRunner.Export(Shop.Value, format, ExportScope.Access, "EmptyProbe"));
        Assert.Equal(string.Empty, values["Phone"]);
        Assert.Equal(string.Empty, values["Home"]);
        Assert.DoesNotContain(values.Keys, k => k.StartsWith("Orders[", StringComparison.Ordinal));
    }

    [Fact]
    public void A_json_export_names_the_subject_and_nests_collections()
    {
        var text = Encoding.UTF8.GetString(Export(ExportFormat.Json, ExportScope.Access));
        using var document = System.Text.Json.JsonDocument.Parse(text);
        Assert.Equal("Customer", document.RootElement.GetProperty("subject").GetString());
        Assert.Equal("Shop.Customer", document.RootElement.GetProperty("type").GetString());
        var orders = document.RootElement.GetProperty("data").GetProperty("Orders");
        Assert.Equal(3, orders.GetArrayLength());
        Assert.Equal("written above: the same object appears earlier in this export", orders[2].GetProperty("$omitted").GetString()); // the first order again: its data is written once
        Assert.Equal("the data subject of this export", orders[0].GetProperty("Customer").GetProperty("$omitted").GetString()); // the back reference to the subject is a link, not followed
        Assert.Contains("Ștefan", text, StringComparison.Ordinal); // UTF-8, not \u-escaped
    }

    [Theory]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xml)]
    public void Records_export_positional_parameters_and_apply_scope(ExportFormat format)
    {
        var access = Flatten(format, GeneratorRunner.Export(Shop.Value, format, ExportScope.Access, "MemberProbe"));
        Assert.Equal(new Dictionary<string, string> { ["Email"] = "ana@exemplu.ro", ["Name"] = "Ana", ["Points"] = "120" }, access);
        var portability = Flatten(format, GeneratorRunner.Export(Shop.Value, format, ExportScope.Portability, "MemberProbe"));
        Assert.Equal(new Dictionary<string, string> { ["Email"] = "ana@exemplu.ro", ["Name"] = "Ana" }, portability);
    }

    [Fact]
    public void Generic_and_nested_subject_types_get_exporters()
    {
        Assert.Equal(new Dictionary<string, string> { ["Owner"] = "Ion", ["Payload"] = "payload" }, ExportFlattener.Json(GeneratorRunner.Export(Shop.Value, ExportFormat.Json, ExportScope.Access, "GenericProbe")));
        Assert.Equal(new Dictionary<string, string> { ["Name"] = "Oaspete" }, ExportFlattener.Json(GeneratorRunner.Export(Shop.Value, ExportFormat.Json, ExportScope.Access, "NestedProbe")));
    }

    private const string NullableModel = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Numerics;
        using PrivacyAnalyzers;
        using PrivacyAnalyzers.Export;

        namespace Kinds
        {
            public enum Shift { Early, Late }

            public sealed class Part
            {
                [PersonalData("Misc.Part")] public string? Text { get; set; }
            }

            [DataSubject("Person", LegalBasis = LegalBasis.Contract, Retention = "P1Y")]
            public sealed class Person
            {
                [PersonalData("Misc.A")] public int? I { get; set; }
                [PersonalData("Misc.A")] public uint? U { get; set; }
                [PersonalData("Misc.A")] public float? F { get; set; }
                [PersonalData("Misc.A")] public double? D { get; set; }
                [PersonalData("Misc.A")] public decimal? M { get; set; }
                [PersonalData("Misc.A")] public bool? B { get; set; }
                [PersonalData("Misc.A")] public char? C { get; set; }
                [PersonalData("Misc.A")] public DateTime? T { get; set; }
                [PersonalData("Misc.A")] public DateTimeOffset? O { get; set; }
                [PersonalData("Misc.A")] public TimeSpan? S { get; set; }
                [PersonalData("Misc.A")] public Guid? G { get; set; }
                [PersonalData("Misc.A")] public DateOnly? Day { get; set; }
                [PersonalData("Misc.A")] public TimeOnly? Time { get; set; }
                [PersonalData("Misc.A")] public Shift? E { get; set; }
                [PersonalData("Misc.A")] public BigInteger? Big { get; set; }
                [PersonalData("Misc.A")] public byte[]? Bytes { get; set; }
                [PersonalData("Misc.A")] public Version? Ver { get; set; }
                [PersonalData("Misc.A")] public List<int?>? Numbers { get; set; }
                public Part? Part { get; set; }
                public List<Part?>? Parts { get; set; }
            }
        }

        public static class FullProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope) =>
                Kinds.PersonPrivacyExporter.Export(new Kinds.Person
                {
                    I = -1, U = 2, F = 1.5f, D = 0.25, M = -0.5m, B = false, C = 'ș',
                    T = new DateTime(2024, 2, 29, 13, 5, 0, DateTimeKind.Utc), O = new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.FromHours(3)),
                    S = TimeSpan.FromHours(26.5), G = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), Day = new DateOnly(2024, 2, 29),
                    Time = new TimeOnly(13, 5, 7), E = Kinds.Shift.Late, Big = BigInteger.Parse("123456789012345678901234567890"),
                    Bytes = new byte[] { 1, 2, 3 }, Ver = new Version(1, 2), Numbers = new List<int?> { 7, null },
                    Part = new Kinds.Part { Text = "p" }, Parts = new List<Kinds.Part?> { new Kinds.Part { Text = "q" }, null },
                }, stream, format, scope);
        }

        public static class EmptyProbe
        {
            public static void Run(Stream stream, ExportFormat format, ExportScope scope) =>
                Kinds.PersonPrivacyExporter.Export(new Kinds.Person(), stream, format, scope);
        }
        """;

    [Theory]
    [InlineData(ExportFormat.Json, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8)]
    [InlineData(ExportFormat.Csv, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)]
    [InlineData(ExportFormat.Xml, Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest)]
    public void Every_kind_of_missing_value_exports_as_null_and_every_present_one_as_its_text(ExportFormat format, Microsoft.CodeAnalysis.CSharp.LanguageVersion language)
    {
        // Nullable value types, null references, null objects and collections, null items: written through the runtime's
        // shared helpers (issue 14), compiled warning-free in C# 8 and the latest version.
        var assembly = GeneratorRunner.Run(GeneratorRunner.Compile(new[] { NullableModel }, language)).AssertCompilesClean().Load();
        var full = Flatten(format, GeneratorRunner.Export(assembly, format, ExportScope.Access, "FullProbe"));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["B"] = "false", ["Big"] = "123456789012345678901234567890", ["Bytes"] = "AQID", ["C"] = "ș", ["D"] = "0.25",
                ["Day"] = "2024-02-29", ["E"] = "Late", ["F"] = "1.5", ["G"] = "0f8fad5b-d9cb-469f-a165-70867728950e", ["I"] = "-1",
                ["M"] = "-0.5", ["Numbers[0]"] = "7", ["Numbers[1]"] = "", ["O"] = "2024-05-01T10:30:00.0000000+03:00",
                ["Part.Text"] = "p", ["Parts[0].Text"] = "q", ["Parts[1]"] = "", ["S"] = "P1DT2H30M", ["T"] = "2024-02-29T13:05:00.0000000Z",
                ["Time"] = "13:05:07", ["U"] = "2", ["Ver"] = "1.2",
            },
            full);
        var empty = Flatten(format, GeneratorRunner.Export(assembly, format, ExportScope.Access, "EmptyProbe"));
        Assert.Equal(
            new[] { "B", "Big", "Bytes", "C", "D", "Day", "E", "F", "G", "I", "M", "Numbers", "O", "Part", "Parts", "S", "T", "Time", "U", "Ver" },
            empty.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(empty.Values, value => Assert.Equal(string.Empty, value));
    }

    [Fact]
    public void Exports_are_byte_identical_across_runs()
    {
        foreach (var format in new[] { ExportFormat.Json, ExportFormat.Csv, ExportFormat.Xml })
        {
            Assert.Equal(Export(format, ExportScope.Access), Export(format, ExportScope.Access));
        }
    }

    private static byte[] Export(ExportFormat format, ExportScope scope) => GeneratorRunner.Export(Shop.Value, format, scope);

    private static Dictionary<string, string> Flatten(ExportFormat format, byte[] bytes) => format switch
    {
        ExportFormat.Json => ExportFlattener.Json(bytes),
        ExportFormat.Csv => ExportFlattener.Csv(bytes),
        _ => ExportFlattener.Xml(bytes),
    };

    private static void AssertSame(Dictionary<string, string> expected, Dictionary<string, string> actual, string format)
    {
        var missing = expected.Keys.Except(actual.Keys).ToList();
        var extra = actual.Keys.Except(expected.Keys).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0, $"{format}: missing [{string.Join(", ", missing)}], unexpected [{string.Join(", ", extra)}]");
        foreach (var pair in expected)
        {
            Assert.True(pair.Value == actual[pair.Key], $"{format} {pair.Key}: expected «{pair.Value}», got «{actual[pair.Key]}»");
        }
    }
}
