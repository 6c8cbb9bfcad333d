using Microsoft.Extensions.Logging;
using PrivacyAnalyzers.Detection;
using PrivacyAnalyzers.Leaks;
using PrivacyAnalyzers.Tests.Harness;

namespace PrivacyAnalyzers.Tests.Leaks;

/// <summary>All leak analyzers and PRIV002 together on unusual and broken code: they must never throw (AD0001).</summary>
public sealed class LeakRobustnessTests
{
    public static IEnumerable<object[]> Sources() => new[]
    {
        new object[] { """
            using PrivacyAnalyzers;
            public partial class Customer { [PersonalData] public partial string Email { get; set; } }
            public partial class Customer { public partial string Email { get => ""; set { } } }
            public class Generic<T> where T : Customer { public T? Item; public string Show(T t) => t.Email + Item?.Email; }
            public class Primary(string email) { public string Email { get; } = email; }
            file class Local { [PersonalData] public string Name = ""; public override string ToString() => Name; }
            """ },
        new object[] { """
            using System;
            using PrivacyAnalyzers;
            public record Outer([PersonalData(Category = )] string A)
            {
                public record Inner([PersonalData] string B) { public override string ToString() => $"{B}{this}"; }
                public static implicit operator string(Outer o) => o.A;
                public string this[int i] { get => A; set => throw new Exception(value + A); }
            }
            """ },
        new object[] { """
            using PrivacyAnalyzers;
            var c = new Customer { Email = "ana.popescu@gmail.com" };
            System.Console.WriteLine(c.Email);
            (string a, (string b, int n)) = (c.Email, (c.Email, 1));
            foreach (var (x, y) in new[] { (c.Email, 1) }) System.Console.WriteLine(x);
            Func<string> f = () => c.Email; System.Console.WriteLine(f());
            string Local() { return c.Email; }
            System.Console.WriteLine(Local());
            public class Customer { [PersonalData] public string Email { get; set; } = ""; }
            """ },
        new object[] { """
            using PrivacyAnalyzers;
            [PersonalData] public class Broken : Missing { [PersonalData( public string X { get; set; }
            public class Other { public void M(Broken b) { var s = b.X; s = s +; throw new System.Exception(s; } }
            public record R([PersonalData] string A) : Undefined(A);
            public class Z { public override string ToString() => new R("x") with { A = }; }
            """ },
        new object[] { """
            using System.Text;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;
            public sealed record Sealed([PersonalData] string Email)
            {
                private bool PrintMembers(StringBuilder builder) { builder.Append(Email.Length); return true; }
            }
            public static partial class Log
            {
                [LoggerMessage(1, LogLevel.Information, "x {E}")] static partial void M(ILogger l, string e);
                public static void Call(ILogger l, Sealed s) { M(l, s.Email); l.LogInformation("{a}{b}", args: new object[] { s, s.Email }); }
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task No_analyzer_throws(string source)
    {
        await new AnalyzerTest()
            .WithAnalyzer<PersonalDataLogAnalyzer>()
            .WithAnalyzer<PersonalDataExceptionAnalyzer>()
            .WithAnalyzer<PersonalDataToStringAnalyzer>()
            .WithAnalyzer<PersonalDataCopyAnalyzer>()
            .WithAnalyzer<PersonalDataLiteralAnalyzer>()
            .WithReference(typeof(ILogger))
            .WithSource(source)
            .AllowCompilerErrors()
            .AsExecutable()
            .OnlyIds("none-compared")
            .RunAsync();
    }
}
