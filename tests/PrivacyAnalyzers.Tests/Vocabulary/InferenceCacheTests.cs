using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Tests.Harness;
using PrivacyAnalyzers.Vocabulary;

namespace PrivacyAnalyzers.Tests.Vocabulary;

/// <summary>
/// What PRIV001's inference remembers per compilation (<see cref="NameReadings"/>, <see cref="TypeContexts"/>, the sibling
/// facts) never changes a result: a shared inference answers as a fresh one does for every member, in any order, from
/// many threads at once; names that differ only by case are read apart and alike; a name read with one vocabulary is read
/// again with another (detection options differ between files and compilations).
/// </summary>
public sealed class InferenceCacheTests
{
    private const string Source = """
        namespace Shop;

        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; }
            public string email2 { get; set; }
            public string EMAIL { get; set; }
            public string Name { get; set; }
            public System.DateTime DateOfBirth { get; set; }
            public string LoyaltyNumber { get; set; }
            public string Notes { get; set; }
        }

        public class CreateOrderCommand
        {
            public string Street { get; set; }
            public string CardHolderName { get; set; }
            public string Name { get; set; }
            public string Notes { get; set; }
            public string Email { get; set; }
        }

        public class Product
        {
            public string Name { get; set; }
            public string Email { get; set; }
            public string LoyaltyNumber { get; set; }
        }

        public class Device
        {
            public string Identifier { get; set; }
            public string Name { get; set; }
        }

        public class Patient
        {
            public string Species { get; set; }
            public string Sex { get; set; }
            public System.DateTime DateOfBirth { get; set; }
        }

        public class Endereco
        {
            public string Logradouro { get; set; }
            public string Numero { get; set; }
        }

        public class Funcionario
        {
            public string Logradouro { get; set; }
            public string Numero { get; set; }
            public string Nome { get; set; }
        }

        public class SmtpSettings
        {
            public string FromEmail { get; set; }
            public string Password { get; set; }
        }
        """;

    private static (Compilation Compilation, ImmutableArray<ISymbol> Members) Members()
    {
        var compilation = CSharpCompilation.Create(
            "Cache",
            new[] { CSharpSyntaxTree.ParseText(Source) },
            TestReferences.ReferenceAssembliesResolved,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var members = compilation.GetSymbolsWithName(_ => true, SymbolFilter.Member)
            .Where(m => m is IPropertySymbol)
            .OrderBy(m => m.ContainingType.Name, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        Assert.True(members.Length > 20);
        return (compilation, members);
    }

    private static string Describe(PersonalDataGuess guess) =>
        $"{guess.IsPersonalData} {guess.Category} {guess.Confidence} {guess.Evidence}";

    /// <summary>Each member inferred by an inference that has seen nothing else: what a cache must reproduce.</summary>
    private static Dictionary<ISymbol, string> Fresh(Compilation compilation, ImmutableArray<ISymbol> members, DetectionOptions options) =>
        members.ToDictionary(m => m, m => Describe(new PersonalDataInference(compilation, reader: null).Infer(m, options)), SymbolEqualityComparer.Default);

    [Fact]
    public void A_shared_inference_answers_as_fresh_ones_in_any_order()
    {
        var (compilation, members) = Members();
        var expected = Fresh(compilation, members, DetectionOptions.Default);
        Assert.Contains(expected.Values, v => v.StartsWith("True", StringComparison.Ordinal));
        Assert.Contains(expected.Values, v => v.StartsWith("False", StringComparison.Ordinal));

        foreach (var order in new[] { members, members.Reverse().ToImmutableArray(), members.OrderBy(m => m.Name.Length).ToImmutableArray() })
        {
            var shared = new PersonalDataInference(compilation, reader: null);
            foreach (var member in order)
            {
                Assert.Equal(expected[member], Describe(shared.Infer(member, DetectionOptions.Default)));
            }

            // Asked again (every reading now remembered): the same answers.
            foreach (var member in order)
            {
                Assert.Equal(expected[member], Describe(shared.Infer(member, DetectionOptions.Default)));
            }
        }
    }

    [Fact]
    public void Concurrent_use_of_one_inference_gives_the_answers_of_fresh_ones()
    {
        var (compilation, members) = Members();
        var expected = Fresh(compilation, members, DetectionOptions.Default);
        for (var round = 0; round < 20; round++)
        {
            var shared = new PersonalDataInference(compilation, reader: null);
            var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, worker =>
            {
                // Each worker starts at another member, so that first readings race.
                for (var k = 0; k < members.Length; k++)
                {
                    var member = members[(k + worker) % members.Length];
                    var actual = Describe(shared.Infer(member, DetectionOptions.Default));
                    if (actual != expected[member])
                    {
                        failures.Add($"{member.ContainingType.Name}.{member.Name}: {actual} (expected {expected[member]})");
                    }
                }
            });
            Assert.Empty(failures);
        }
    }

    [Fact]
    public void Names_that_differ_only_by_case_are_read_apart_and_alike()
    {
        var readings = new NameReadings();
        var vocabulary = DetectionOptions.Default.Vocabulary;
        var upper = readings.Read("Email", vocabulary);
        var lower = readings.Read("email", vocabulary);
        var shout = readings.Read("EMAIL", vocabulary);
        Assert.NotSame(upper, lower);
        Assert.NotSame(upper, shout);
        Assert.Same(upper, readings.Read("Email", vocabulary));
        Assert.Equal(3, readings.Count(vocabulary));
        Assert.Equal("Contact.Email", upper.Head?.Category);
        Assert.Same(upper.Head, lower.Head);
        Assert.Same(upper.Head, shout.Head);

        // Split apart where case says so: "IPAddress" is IP + Address, "IpAddress" Ip + Address — each read on its own.
        var inference = new PersonalDataInference(CSharpCompilation.Create("Empty"), reader: null);
        foreach (var name in new[] { "email", "Email", "EMAIL", "IPAddress", "IpAddress", "ipaddress", "DateOfBirth", "dateofbirth", "DATE_OF_BIRTH" })
        {
            var fresh = new PersonalDataInference(CSharpCompilation.Create("Empty"), reader: null).Infer(name, MemberTypeShape.Text, null, DetectionOptions.Default);
            Assert.Equal(Describe(fresh), Describe(inference.Infer(name, MemberTypeShape.Text, null, DetectionOptions.Default)));
        }
    }

    [Fact]
    public void A_name_is_read_again_with_another_vocabulary()
    {
        var readings = new NameReadings();
        var builtIn = DetectionOptions.Default;
        var extra = DetectionOptions.Create("loyalty number:Other", null, null, null, null, null);
        Assert.Null(readings.Read("LoyaltyNumber", builtIn.Vocabulary).Head);
        Assert.Equal("Other", readings.Read("LoyaltyNumber", extra.Vocabulary).Head?.Category);
        Assert.Null(readings.Read("LoyaltyNumber", builtIn.Vocabulary).Head);
        Assert.Equal(1, readings.Count(builtIn.Vocabulary));
        Assert.Equal(1, readings.Count(extra.Vocabulary));

        // Through the inference, alternating: each call answers with its own options.
        var (compilation, members) = Members();
        var loyalty = members.First(m => m.Name == "LoyaltyNumber" && m.ContainingType.Name == "Customer");
        var shared = new PersonalDataInference(compilation, reader: null);
        for (var i = 0; i < 3; i++)
        {
            Assert.False(shared.Infer(loyalty, builtIn).IsPersonalData);
            Assert.Equal("Other", shared.Infer(loyalty, extra).Category);
        }

        var expectedWithExtra = Fresh(compilation, members, extra);
        var expectedBuiltIn = Fresh(compilation, members, builtIn);
        foreach (var member in members)
        {
            Assert.Equal(expectedWithExtra[member], Describe(shared.Infer(member, extra)));
            Assert.Equal(expectedBuiltIn[member], Describe(shared.Infer(member, builtIn)));
        }
    }

    [Theory]
    [InlineData("public interface IHasCard { string CardHolderName { get; } }", "IHasCard")]
    [InlineData("", "IHasCard")]
    public void A_sibling_declared_as_an_explicit_interface_implementation_counts(string declaration, string implemented)
    {
        // The sibling rules read a type's member names first and visit its members only when a name may hold what the rule
        // needs (a neutral command's weak Street needs a member only a person has). An explicit interface implementation is
        // not among the names (ITypeSymbol.MemberNames), whether its interface resolves or not: the members are visited.
        var source = $$"""
            namespace Crm;
            {{declaration}}
            public class CreateOrderCommand : {{implemented}}
            {
                string {{implemented}}.CardHolderName => "";
                public string Street { get; set; }
            }

            public class UpdateOrderCommand
            {
                public string Street { get; set; }
                public int Quantity { get; set; }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Explicit",
            new[] { CSharpSyntaxTree.ParseText(source) },
            TestReferences.ReferenceAssembliesResolved,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var street = (IPropertySymbol)compilation.GetTypeByMetadataName("Crm.CreateOrderCommand")!.GetMembers("Street").Single();
        var alone = (IPropertySymbol)compilation.GetTypeByMetadataName("Crm.UpdateOrderCommand")!.GetMembers("Street").Single();
        foreach (var inference in new[] { new PersonalDataInference(compilation, reader: null), new PersonalDataInference(compilation, reader: null) })
        {
            var guess = inference.Infer(street, DetectionOptions.Default);
            Assert.True(guess.IsPersonalData, Describe(guess));
            Assert.Equal("Contact.Address", guess.Category);
            Assert.Contains("beside", guess.Evidence, StringComparison.Ordinal);
            Assert.Contains("CardHolderName", guess.Evidence, StringComparison.Ordinal);
            Assert.False(inference.Infer(alone, DetectionOptions.Default).IsPersonalData);
        }
    }

    [Fact]
    public void The_sibling_named_is_the_first_declared_in_any_order_and_across_partial_files()
    {
        // The sibling rules find the members that may set a fact by their names (an unordered set) and name the first one
        // declared, as the type's member list orders them: in one file, by place; across the files of a partial type, in the
        // order of the compilation's trees.
        var siblings = new[] { "Cnp", "Iban", "CardNumber", "LastName", "Prenume", "PassportNumber" };
        for (var shift = 0; shift < siblings.Length; shift++)
        {
            var order = siblings.Skip(shift).Concat(siblings.Take(shift)).ToArray();
            var body = string.Join("\n", order.Select(n => $"    public string {n} {{ get; set; }}"));
            // A method keeps the command from reading as a person's record by what it declares (two names, only data).
            var source = $"namespace Crm;\npublic class CreateOrderCommand\n{{\n    public int Quantity {{ get; set; }}\n{body}\n    public string Street {{ get; set; }}\n    public void Validate() {{ }}\n}}";
            Assert.Equal($"the word 'street' in type CreateOrderCommand, beside {order[0]}", StreetEvidence(CSharpSyntaxTree.ParseText(source)));
        }

        var first = CSharpSyntaxTree.ParseText("namespace Crm; public partial class CreateOrderCommand { public string Street { get; set; } public string LastName { get; set; } }", path: "A.cs");
        var second = CSharpSyntaxTree.ParseText("namespace Crm; public partial class CreateOrderCommand { public string Cnp { get; set; } }", path: "B.cs");
        Assert.Equal("the word 'street' in type CreateOrderCommand, beside LastName", StreetEvidence(first, second));
        Assert.Equal("the word 'street' in type CreateOrderCommand, beside Cnp", StreetEvidence(second, first));
    }

    private static string? StreetEvidence(params SyntaxTree[] trees)
    {
        var compilation = CSharpCompilation.Create(
            "Order" + Guid.NewGuid().ToString("N"),
            trees,
            TestReferences.ReferenceAssembliesResolved,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var street = compilation.GetTypeByMetadataName("Crm.CreateOrderCommand")!.GetMembers("Street").Single();
        var guess = new PersonalDataInference(compilation, reader: null).Infer(street, DetectionOptions.Default);
        Assert.True(guess.IsPersonalData, Describe(guess));
        return guess.Evidence;
    }

    [Fact]
    public void Detection_options_of_one_compilation_do_not_leak_into_another()
    {
        // One analyzer instance, as a host keeps it, over compilations whose .editorconfig differ: the second compilation
        // has no extra term and must not see the first one's, in either order; and within one compilation two files with
        // different options each keep theirs.
        var analyzer = new UnannotatedPersonalDataAnalyzer();
        var withTerm = new Options(new Dictionary<string, string> { [DetectionOptionNames.ExtraTerms] = "loyalty number:Other" });
        var without = new Options(new Dictionary<string, string>());

        for (var round = 0; round < 2; round++)
        {
            var first = round == 0 ? withTerm : without;
            var second = round == 0 ? without : withTerm;
            Assert.Equal(first == withTerm ? 1 : 0, LoyaltyDiagnostics(analyzer, ("A.cs", first)));
            Assert.Equal(second == withTerm ? 1 : 0, LoyaltyDiagnostics(analyzer, ("A.cs", second)));
        }

        Assert.Equal(1, LoyaltyDiagnostics(analyzer, ("A.cs", withTerm), ("B.cs", without)));
        Assert.Equal(1, LoyaltyDiagnostics(analyzer, ("A.cs", without), ("B.cs", withTerm)));
    }

    private static int LoyaltyDiagnostics(DiagnosticAnalyzer analyzer, params (string Path, Options Options)[] files)
    {
        var trees = files.Select((f, i) => CSharpSyntaxTree.ParseText(
            $"namespace Shop{i}; public class Member {{ public string LoyaltyNumber {{ get; set; }} public int Quantity {{ get; set; }} }}",
            path: f.Path)).ToArray();
        var compilation = CSharpCompilation.Create(
            "Leak" + Guid.NewGuid().ToString("N"),
            trees,
            TestReferences.ReferenceAssembliesResolved.Add(TestReferences.Annotations),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var provider = new Provider(trees.Select((t, i) => (t, files[i].Options)).ToDictionary(p => p.t, p => p.Item2));
        var diagnostics = compilation
            .WithAnalyzers(ImmutableArray.Create(analyzer), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, provider))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics.Count(d => d.Id == "PRIV001" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("LoyaltyNumber", StringComparison.Ordinal));
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);
    }

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<SyntaxTree, Options> _trees;

        public Provider(Dictionary<SyntaxTree, Options> trees) => _trees = trees;

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _trees[tree];

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;
    }
}
