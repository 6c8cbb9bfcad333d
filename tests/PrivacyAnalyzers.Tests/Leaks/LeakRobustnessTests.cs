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
            using System;
            using PrivacyAnalyzers;
            public class Customer { [PersonalData] public string Email { get; set; } = ""; }
            public abstract record Error(string Message);
            public record Loop(string Email) : Loop2(Email);
            public record Loop2(string Email) : Loop(Email);
            public record Missing(string Email) : Undefined($"{Email}");
            public record Generic<T>(T Value, string Email) : Error($"{Value} {Email}");
            public record Empty() : Error;
            public record Bad(string Email) : Error($"{Email}", Email);
            public class Chain : Exception
            {
                public Chain(string email) : this(email, 1) { }
                public Chain(string email, int n) : this(email) { }
                public Chain(Customer c) : base(new Generic<int>(1, c.Email).Message) { }
            }
            public class C(string email) : Exception(email) { public string Email { get; } = email; }
            public class Use
            {
                public void M(Customer c)
                {
                    throw new Exception(new Loop(c.Email).Message + new Missing(c.Email).Message + new Generic<string>("x", c.Email).Message
                        + new Bad(c.Email).Message + new Chain(c.Email).Message + new C(c.Email).Email + new Empty().Message);
                }
            }
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
        new object[] { """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using PrivacyAnalyzers;
            public class Customer { [PersonalData] public string Email { get; set; } = ""; public Guid Uid { get; set; } }
            public interface INotifier { void Notify(string address); string Echo(string text); }
            public abstract class Base { public abstract void Notify(string address); public virtual string Echo(string t) => t; }
            public static partial class Log { static partial void Write(ILogger l, string text); static partial void Write(ILogger l, string text) => l.LogInformation(text); public static void Call(ILogger l, string s) => Write(l, s); }
            public static class Ext { public static void Shout(this ILogger l, string text) => l.LogWarning(text.ToUpper()); public static T Same<T>(T value) => value; }
            public class Service : Base, INotifier
            {
                private readonly ILogger _log = null!;
                private string _last = "";
                public override void Notify(string address) { _last = address; Recurse(address, 3); Missing(address); Undefined.Call(address); }
                public override string Echo(string t) => Echo(t) + Echo2(t);
                public string Echo2(string t) => Echo(t);
                void INotifier.Notify(string address) => _log.LogInformation(address);
                private void Recurse(string s, int n) { if (n > 0) Recurse(s, n - 1); Mutual(s); }
                private void Mutual(string s) => Recurse(s, 0);
                public async Task RunAsync(Customer c, INotifier notifier, Base b)
                {
                    await Task.Yield();
                    notifier.Notify(c.Email);
                    b.Notify(c.Email);
                    Notify(c.Email);
                    _log.Shout(c.Email);
                    Log.Call(_log, c.Email);
                    _log.LogInformation(Ext.Same(c.Email) + _last + Echo(c.Email));
                    void Local(string x) => _log.LogInformation(x);
                    Local(c.Email);
                    Func<string, string> f = x => x + c.Email;
                    _log.LogInformation(f(c.Email));
                    _log.LogInformation("{Ids}", new[] { c }.GroupBy(x => x.Email).Select(g => g.First().Uid));
                    throw new BrokenException(c.Email);
                }
            }
            public class BrokenException : Exception { public BrokenException(string m) : base(m +) { } public BrokenException(int x) : this(x.ToString(), 1) { } }
            public class Error { public Error(string m) { Message = m; } public string Message { get; } public Error(Customer c) : this(c.Email) { } }
            public class Cycle { public Cycle(string a) : this(a, 1) { } public Cycle(string a, int b) : this(a) { } }
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
